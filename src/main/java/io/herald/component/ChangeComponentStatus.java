package io.herald.component;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class ChangeComponentStatus {

    private final ComponentRepository components;
    private final ComponentStatusChangeRepository changes;
    private final RecordAudit audit;
    private final SiteRevision revision;
    private final ApplicationEventPublisher<ComponentStatusChanged> events;
    private final Clock clock;

    ChangeComponentStatus(ComponentRepository components, ComponentStatusChangeRepository changes, RecordAudit audit,
                          SiteRevision revision, ApplicationEventPublisher<ComponentStatusChanged> events, Clock clock) {
        this.components = components;
        this.changes = changes;
        this.audit = audit;
        this.revision = revision;
        this.events = events;
        this.clock = clock;
    }

    /** Sets a component's status; a change to the same status is recorded nowhere and returns it unchanged. */
    @Transactional
    public Component change(long componentId, ComponentStatus status, @Nullable String reason, Actor actor) {
        String why = Fields.optionalText("reason", reason, 1000).orElse(null);
        Component component = components.findById(componentId)
                .orElseThrow(() -> new NotFoundException("Component", componentId));
        if (component.status() == status) {
            return component;
        }
        var now = clock.instant();
        Component changed = components.update(component.withStatus(status, now));
        changes.save(new ComponentStatusChange(null, componentId, component.status(), status, now, actor.name(), why));
        audit.record(actor, "component.status", "component " + componentId,
                component.status().code() + " -> " + status.code() + (why == null ? "" : " (" + why + ")"));
        revision.bump();
        events.publishEvent(new ComponentStatusChanged(componentId, component.name(), component.status(), status,
                now, actor.name()));
        return changed;
    }
}
