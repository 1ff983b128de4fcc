package io.herald.incident;

import io.herald.system.DatabaseSchema;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * Reminds the comms owner shortly before an open incident's next update is due, and tells the point
 * when it is overdue; once per due time, across instances and restarts (see {@link ReminderRepository}).
 */
@Singleton
public class RemindOfDueUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(RemindOfDueUpdates.class);

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final ReminderRepository reminders;
    private final Cadence cadence;
    private final ApplicationEventPublisher<UpdateDueSoon> dueSoon;
    private final ApplicationEventPublisher<UpdateOverdue> overdue;
    private final Duration lead;
    private final Clock clock;
    private final DatabaseSchema schema;

    RemindOfDueUpdates(IncidentRepository incidents, IncidentUpdateRepository updates, ReminderRepository reminders,
                       Cadence cadence, ApplicationEventPublisher<UpdateDueSoon> dueSoon,
                       ApplicationEventPublisher<UpdateOverdue> overdue,
                       @Value("${herald.cadence.remind-before:5m}") Duration lead, Clock clock, DatabaseSchema schema) {
        this.schema = schema;
        this.incidents = incidents;
        this.updates = updates;
        this.reminders = reminders;
        this.cadence = cadence;
        this.dueSoon = dueSoon;
        this.overdue = overdue;
        this.lead = lead;
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
            LOG.warn("Cadence reminders failed; trying again at the next run", e);
        }
    }

    /** Returns how many reminders this call sent. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        int sent = 0;
        for (Incident incident : incidents.listOrderByCreatedAtDesc()) {
            if (incident.status().closed()) {
                continue;
            }
            Instant last = updates.findByIncidentIdOrderByPublishAtDescAndIdDesc(incident.id()).stream()
                    .filter(IncidentUpdate::published).map(IncidentUpdate::publishedAt)
                    .max(Comparator.naturalOrder()).orElse(null);
            var due = cadence.nextUpdateDue(incident, last);
            if (due.isEmpty()) {
                continue;
            }
            Instant dueAt = due.get();
            if (!now.isBefore(dueAt.minus(lead)) && record(incident, dueAt, Reminder.Kind.DUE_SOON, now)) {
                dueSoon.publishEvent(new UpdateDueSoon(incident.id(), incident.name(), dueAt, incident.commsUserId(),
                        incident.drill()));
                sent++;
            }
            if (!now.isBefore(dueAt) && record(incident, dueAt, Reminder.Kind.OVERDUE, now)) {
                overdue.publishEvent(new UpdateOverdue(incident.id(), incident.name(), dueAt, incident.pointUserId(),
                        incident.drill()));
                sent++;
            }
        }
        return sent;
    }

    private boolean record(Incident incident, Instant dueAt, Reminder.Kind kind, Instant now) {
        return reminders.recordOnce(incident.id(), dueAt, kind.name(), now) == 1;
    }
}
