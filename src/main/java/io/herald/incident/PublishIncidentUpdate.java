package io.herald.incident;

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

/**
 * Makes a stored update visible: sets the component statuses it carries (never for a drill), moves the
 * incident's status, stamps {@code published_at} and announces it. Runs inside the caller's transaction.
 */
@Singleton
class PublishIncidentUpdate {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final IncidentUpdateComponentRepository updateComponents;
    private final ComponentRepository components;
    private final ChangeComponentStatus changeStatus;
    private final SiteRevision revision;
    private final ApplicationEventPublisher<IncidentUpdatePosted> events;
    private final Clock clock;

    PublishIncidentUpdate(IncidentRepository incidents, IncidentUpdateRepository updates,
                          IncidentUpdateComponentRepository updateComponents, ComponentRepository components,
                          ChangeComponentStatus changeStatus, SiteRevision revision,
                          ApplicationEventPublisher<IncidentUpdatePosted> events, Clock clock) {
        this.incidents = incidents;
        this.updates = updates;
        this.updateComponents = updateComponents;
        this.components = components;
        this.changeStatus = changeStatus;
        this.revision = revision;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void publish(Incident incident, IncidentUpdate update, Actor actor) {
        var now = clock.instant();
        for (IncidentUpdateComponent change : updateComponents.findByUpdateId(update.id())) {
            if (incident.drill()) {
                continue;
            }
            ComponentStatus old = components.findById(change.componentId()).map(c -> c.status()).orElse(null);
            changeStatus.change(change.componentId(), change.newStatus(),
                    "incident " + incident.id() + ": " + incident.name(), actor);
            updateComponents.update(new IncidentUpdateComponent(change.id(), change.updateId(), change.componentId(),
                    old, change.newStatus()));
        }
        incidents.update(incident.movedTo(update.status(), now));
        updates.update(update.publishedAt(now));
        revision.bump();
        events.publishEvent(new IncidentUpdatePosted(incident.id(), update.id(), update.status(),
                update.deliverNotifications(), incident.drill()));
    }
}
