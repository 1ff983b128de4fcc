package io.herald.maintenance;

import io.herald.system.DatabaseSchema;
import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Starts maintenances whose scheduled_for has come and completes those whose scheduled_until has passed,
 * where auto start / auto complete is on. The claim (FOR UPDATE SKIP LOCKED) and the status change share one
 * transaction, so each start and completion happens exactly once, whichever instance gets it, and one left
 * behind by a crash is taken at the next run.
 */
@Singleton
public class MoveDueMaintenances {

    static final String STARTED = "Maintenance has started.";
    static final String COMPLETED = "Maintenance has been completed.";
    private static final Logger LOG = LoggerFactory.getLogger(MoveDueMaintenances.class);
    private static final Actor SCHEDULER = new Actor("maintenance schedule", "");

    private final MaintenanceRepository maintenances;
    private final StoreMaintenanceUpdate storeUpdate;
    private final RecordAudit audit;
    private final Clock clock;
    private final DatabaseSchema schema;

    MoveDueMaintenances(MaintenanceRepository maintenances, StoreMaintenanceUpdate storeUpdate, RecordAudit audit,
                        Clock clock, DatabaseSchema schema) {
        this.schema = schema;
        this.maintenances = maintenances;
        this.storeUpdate = storeUpdate;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${herald.scheduler-interval:1s}", initialDelay = "2s")
    void run() {
        if (!schema.ready()) {
            return; // the tables may not exist yet
        }
        try {
            moveDue();
        } catch (RuntimeException e) {
            LOG.warn("Starting or completing maintenances failed; trying again at the next run", e);
        }
    }

    /** Returns how many starts and completions this call made. */
    @Transactional
    public int moveDue() {
        Instant now = clock.instant();
        int moved = 0;
        for (Maintenance due : maintenances.claimDue(now)) {
            Maintenance current = due;
            if (current.status() == MaintenanceStatus.SCHEDULED) {
                current = move(current, MaintenanceStatus.IN_PROGRESS, STARTED);
                moved++;
            }
            // Missed its whole window (Herald was down): started and completed in one go, both announced.
            if (current.status().active() && current.autoComplete() && !now.isBefore(current.scheduledUntil())) {
                move(current, MaintenanceStatus.COMPLETED, COMPLETED);
                moved++;
            }
        }
        return moved;
    }

    private Maintenance move(Maintenance maintenance, MaintenanceStatus to, String body) {
        storeUpdate.store(maintenance, new MaintenanceUpdateDraft(to, body, null, true), SCHEDULER, true);
        audit.record(SCHEDULER, "maintenance.update", "maintenance " + maintenance.id(),
                maintenance.status().code() + " -> " + to.code() + " (automatic)");
        return maintenances.findById(maintenance.id()).orElseThrow();
    }
}
