package io.herald.stakeholder;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Removes a group with its members and its chat channels (the database cascades). */
@Singleton
public class DeleteStakeholderGroup {

    private final StakeholderGroupRepository groups;
    private final RecordAudit audit;

    DeleteStakeholderGroup(StakeholderGroupRepository groups, RecordAudit audit) {
        this.groups = groups;
        this.audit = audit;
    }

    @Transactional
    public void delete(long id, Actor actor) {
        StakeholderGroup group = groups.findById(id).orElseThrow(() -> new NotFoundException("Stakeholder group", id));
        groups.delete(group);
        audit.record(actor, "stakeholder_group.delete", "stakeholder_group " + id, group.name());
    }
}
