package io.herald.component;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

@Singleton
public class UpdateComponentGroup {

    private final ComponentGroupRepository groups;
    private final GroupMembers members;
    private final RecordAudit audit;
    private final SiteRevision revision;
    private final Clock clock;

    UpdateComponentGroup(ComponentGroupRepository groups, GroupMembers members, RecordAudit audit,
                         SiteRevision revision, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public ComponentGroup update(long id, ComponentGroupInput input, Actor actor) {
        ComponentGroup current = groups.findById(id).orElseThrow(() -> new NotFoundException("Component group", id));
        ComponentGroup edited = new ComponentGroup(id,
                input.name() == null ? current.name() : Fields.requiredText("name", input.name(), 255),
                input.description() == null ? current.description()
                        : Fields.optionalText("description", input.description(), 1000).orElse(null),
                input.position() == null ? current.position() : Fields.position("position", input.position()),
                current.createdAt(), clock.instant());
        List<Component> children = input.components() == null ? null : members.check(input.components());
        groups.update(edited);
        if (children != null) {
            members.assign(id, children);
        }
        audit.record(actor, "component_group.update", "component_group " + id, edited.name());
        revision.bump();
        return edited;
    }
}
