package io.herald.maintenance;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** POST: plans a maintenance window with its first public message; every field is checked before any write. */
@Singleton
public class ScheduleMaintenance {

    private final MaintenanceRepository maintenances;
    private final MaintenanceComponentRepository links;
    private final ReadMaintenanceInput read;
    private final StoreMaintenanceUpdate storeUpdate;
    private final RecordAudit audit;
    private final ApplicationEventPublisher<MaintenanceScheduled> events;
    private final Clock clock;

    ScheduleMaintenance(MaintenanceRepository maintenances, MaintenanceComponentRepository links,
                        ReadMaintenanceInput read, StoreMaintenanceUpdate storeUpdate, RecordAudit audit,
                        ApplicationEventPublisher<MaintenanceScheduled> events, Clock clock) {
        this.maintenances = maintenances;
        this.links = links;
        this.read = read;
        this.storeUpdate = storeUpdate;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Maintenance schedule(ScheduleMaintenanceRequest input, Actor actor) {
        MaintenancePlan plan = read.plan(input);
        var now = clock.instant();
        Maintenance maintenance = maintenances.save(new Maintenance(null, plan.name(), MaintenanceStatus.SCHEDULED,
                plan.scheduledFor(), plan.scheduledUntil(), plan.autoStart(), plan.autoComplete(),
                Maintenance.reminderColumn(plan.remindBeforeMinutes()), now, now, null, null));
        plan.components().forEach(id -> links.save(new MaintenanceComponent(null, maintenance.id(), id)));
        audit.record(actor, "maintenance.schedule", "maintenance " + maintenance.id(),
                plan.name() + " (" + plan.scheduledFor() + " to " + plan.scheduledUntil() + ")");
        events.publishEvent(new MaintenanceScheduled(maintenance.id(), plan.name(), plan.scheduledFor(),
                plan.scheduledUntil(), plan.first().deliverNotifications()));
        // A maintenance recorded as already under way (or over) is scheduled, then moved at once, like any other.
        storeUpdate.store(maintenance, plan.first(), actor, false);
        return maintenances.findById(maintenance.id()).orElseThrow();
    }
}
