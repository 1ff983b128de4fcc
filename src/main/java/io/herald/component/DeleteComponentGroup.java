package io.herald.component;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Deletes a group; its components stay and become ungrouped. */
@Singleton
public class DeleteComponentGroup {

    private final ComponentGroupRepository groups;
    private final GroupMembers members;
    private final RecordAudit audit;
    private final SiteRevision revision;

    DeleteComponentGroup(ComponentGroupRepository groups, GroupMembers members, RecordAudit audit,
                         SiteRevision revision) {
        this.groups = groups;
        this.members = members;
        this.audit = audit;
        this.revision = revision;
    }

    @Transactional
    public void delete(long id, Actor actor) {
        ComponentGroup group = groups.findById(id).orElseThrow(() -> new NotFoundException("Component group", id));
        members.assign(id, List.of());
        groups.delete(group);
        audit.record(actor, "component_group.delete", "component_group " + id, group.name());
        revision.bump();
    }
}
