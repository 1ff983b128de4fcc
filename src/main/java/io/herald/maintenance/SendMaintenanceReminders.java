package io.herald.maintenance;

import io.herald.system.DatabaseSchema;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Announces an upcoming maintenance at each of its reminder offsets (by default 24 hours and 1 hour before it
 * starts), once per offset, across instances and restarts (see {@link MaintenanceRepository#recordReminder}).
 */
@Singleton
public class SendMaintenanceReminders {

    private static final Logger LOG = LoggerFactory.getLogger(SendMaintenanceReminders.class);

    private final MaintenanceRepository maintenances;
    private final ApplicationEventPublisher<MaintenanceReminderDue> events;
    private final Clock clock;
    private final DatabaseSchema schema;

    SendMaintenanceReminders(MaintenanceRepository maintenances, ApplicationEventPublisher<MaintenanceReminderDue> events,
                             Clock clock, DatabaseSchema schema) {
        this.schema = schema;
        this.maintenances = maintenances;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${herald.scheduler-interval:1s}", initialDelay = "3s")
    void run() {
        if (!schema.ready()) {
            return; // the tables may not exist yet
        }
        try {
            remind();
        } catch (RuntimeException e) {
            LOG.warn("Maintenance reminders failed; trying again at the next run", e);
        }
    }

    /** Returns how many reminders this call sent. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        int sent = 0;
        for (Maintenance maintenance : maintenances.findByStatusOrderByScheduledForAscAndIdAsc(MaintenanceStatus.SCHEDULED)) {
            if (!now.isBefore(maintenance.scheduledFor())) {
                continue;
            }
            Optional<Integer> due = dueOffset(maintenance, now);
            if (due.isPresent() && maintenances.recordReminder(maintenance.id(), due.get()) == 1) {
                events.publishEvent(new MaintenanceReminderDue(maintenance.id(), maintenance.name(),
                        maintenance.scheduledFor(), due.get()));
                sent++;
            }
        }
        return sent;
    }

    // The smallest offset whose moment has come: when several came at once (scheduled at short notice, or
    // Herald was down), only the nearest is worth saying, and the larger ones are never sent afterwards.
    private static Optional<Integer> dueOffset(Maintenance maintenance, Instant now) {
        return maintenance.reminderOffsets().stream()
                .filter(minutes -> !now.isBefore(maintenance.scheduledFor().minus(Duration.ofMinutes(minutes))))
                .min(Integer::compare);
    }
}
