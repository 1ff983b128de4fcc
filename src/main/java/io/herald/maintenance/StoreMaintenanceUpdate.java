package io.herald.maintenance;

import io.herald.component.ChangeComponentStatus;
import io.herald.component.ComponentRepository;
import io.herald.component.ComponentStatus;
import io.herald.system.Actor;
import io.herald.system.SiteRevision;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a checked update and moves the maintenance to its status: starting puts its components under
 * maintenance, completing returns them to operational. Runs inside the caller's transaction, which holds
 * the maintenance's row, so each start and each completion happens (and is announced) once.
 */
@Singleton
class StoreMaintenanceUpdate {

    private static final List<MaintenanceStatus> ACTIVE = List.of(MaintenanceStatus.IN_PROGRESS,
            MaintenanceStatus.VERIFYING);

    private final MaintenanceRepository maintenances;
    private final MaintenanceUpdateRepository updates;
    private final MaintenanceComponentRepository links;
    private final ComponentRepository components;
    private final ChangeComponentStatus changeStatus;
    private final SiteRevision revision;
    private final ApplicationEventPublisher<MaintenanceUpdatePosted> posted;
    private final ApplicationEventPublisher<MaintenanceStarted> started;
    private final ApplicationEventPublisher<MaintenanceCompleted> completed;
    private final Clock clock;

    StoreMaintenanceUpdate(MaintenanceRepository maintenances, MaintenanceUpdateRepository updates,
                           MaintenanceComponentRepository links, ComponentRepository components,
                           ChangeComponentStatus changeStatus, SiteRevision revision,
                           ApplicationEventPublisher<MaintenanceUpdatePosted> posted,
                           ApplicationEventPublisher<MaintenanceStarted> started,
                           ApplicationEventPublisher<MaintenanceCompleted> completed, Clock clock) {
        this.maintenances = maintenances;
        this.updates = updates;
        this.links = links;
        this.components = components;
        this.changeStatus = changeStatus;
        this.revision = revision;
        this.posted = posted;
        this.started = started;
        this.completed = completed;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    MaintenanceUpdate store(Maintenance current, MaintenanceUpdateDraft draft, Actor actor, boolean automatic) {
        Instant now = clock.instant();
        MaintenanceStatus from = current.status();
        MaintenanceStatus to = draft.status();
        boolean starts = from == MaintenanceStatus.SCHEDULED && to.active();
        boolean completes = from != MaintenanceStatus.COMPLETED && to == MaintenanceStatus.COMPLETED;
        String reason = "maintenance " + current.id() + ": " + current.name();
        if (starts) {
            componentIds(current).forEach(id -> changeStatus.change(id, ComponentStatus.UNDER_MAINTENANCE, reason, actor));
        }
        if (completes && from.active()) {
            returnComponents(current, reason, actor);
        }
        maintenances.update(current.movedTo(to, now));
        MaintenanceUpdate update = updates.save(new MaintenanceUpdate(null, current.id(), to, draft.body(),
                draft.internalNote(), draft.deliverNotifications(), actor.name(), now, now, now, now, null));
        revision.bump();
        posted.publishEvent(new MaintenanceUpdatePosted(current.id(), update.id(), to, draft.deliverNotifications()));
        if (starts) {
            started.publishEvent(new MaintenanceStarted(current.id(), current.name(), now, automatic));
        }
        if (completes) {
            completed.publishEvent(new MaintenanceCompleted(current.id(), current.name(), now, automatic,
                    from == MaintenanceStatus.SCHEDULED));
        }
        return update;
    }

    // Only what maintenance itself set goes back: a component someone marked as down meanwhile stays down, and
    // one that another running maintenance also covers stays under maintenance until that one ends too.
    private void returnComponents(Maintenance current, String reason, Actor actor) {
        List<Long> ids = componentIds(current);
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> coveredElsewhere = new HashSet<>();
        List<MaintenanceComponent> shared = links.findByComponentIdIn(ids).stream()
                .filter(link -> link.maintenanceId() != current.id()).toList();
        if (!shared.isEmpty()) {
            Set<Long> running = new HashSet<>();
            maintenances.findByIdInAndStatusIn(shared.stream().map(MaintenanceComponent::maintenanceId).distinct()
                    .toList(), ACTIVE).forEach(m -> running.add(m.id()));
            shared.stream().filter(link -> running.contains(link.maintenanceId()))
                    .forEach(link -> coveredElsewhere.add(link.componentId()));
        }
        for (Long id : ids) {
            boolean stillOurs = components.findById(id).map(c -> c.status() == ComponentStatus.UNDER_MAINTENANCE)
                    .orElse(false);
            if (stillOurs && !coveredElsewhere.contains(id)) {
                changeStatus.change(id, ComponentStatus.OPERATIONAL, reason, actor);
            }
        }
    }

    private List<Long> componentIds(Maintenance maintenance) {
        return links.findByMaintenanceId(maintenance.id()).stream().map(MaintenanceComponent::componentId).toList();
    }
}
