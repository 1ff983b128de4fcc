package io.herald.component;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class CreateComponent {

    private final ComponentRepository components;
    private final ComponentStatusChangeRepository changes;
    private final GroupReference groups;
    private final RecordAudit audit;
    private final SiteRevision revision;
    private final Clock clock;

    CreateComponent(ComponentRepository components, ComponentStatusChangeRepository changes, GroupReference groups,
                    RecordAudit audit, SiteRevision revision, Clock clock) {
        this.components = components;
        this.changes = changes;
        this.groups = groups;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Component create(ComponentInput input, Actor actor) {
        String name = Fields.requiredText("name", input.name(), 255);
        var status = input.status() == null ? ComponentStatus.OPERATIONAL : ComponentStatus.parse("status", input.status());
        var now = clock.instant();
        Component component = components.save(new Component(null,
                groups.resolve(input.groupId()).orElse(null),
                name,
                Fields.optionalText("description", input.description(), 1000).orElse(null),
                status,
                Fields.position("position", input.position()),
                input.showcase() == null || input.showcase(),
                input.onlyShowIfDegraded() != null && input.onlyShowIfDegraded(),
                Fields.optionalDate("start_date", input.startDate()).orElse(null),
                now, now));
        // The first entry of the history: uptime is computed from the time a component exists.
        changes.save(new ComponentStatusChange(null, component.id(), null, status, now, actor.name(), "created"));
        audit.record(actor, "component.create", "component " + component.id(), name);
        revision.bump();
        return component;
    }
}
