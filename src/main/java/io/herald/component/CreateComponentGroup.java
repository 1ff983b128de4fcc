package io.herald.component;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

@Singleton
public class CreateComponentGroup {

    private final ComponentGroupRepository groups;
    private final GroupMembers members;
    private final RecordAudit audit;
    private final SiteRevision revision;
    private final Clock clock;

    CreateComponentGroup(ComponentGroupRepository groups, GroupMembers members, RecordAudit audit,
                         SiteRevision revision, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public ComponentGroup create(ComponentGroupInput input, Actor actor) {
        String name = Fields.requiredText("name", input.name(), 255);
        String description = Fields.optionalText("description", input.description(), 1000).orElse(null);
        int position = Fields.position("position", input.position());
        List<Component> children = members.check(input.components() == null ? List.of() : input.components());
        var now = clock.instant();
        ComponentGroup group = groups.save(new ComponentGroup(null, name, description, position, now, now));
        members.assign(group.id(), children);
        audit.record(actor, "component_group.create", "component_group " + group.id(), name);
        revision.bump();
        return group;
    }
}
