package io.herald.stakeholder;

import io.herald.system.EmailAddresses;
import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.InvalidInputException;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Adds one member to a group or removes one. */
@Singleton
public class ChangeMembers {

    private final StakeholderGroupRepository groups;
    private final StakeholderMemberRepository members;
    private final RecordAudit audit;
    private final Clock clock;

    ChangeMembers(StakeholderGroupRepository groups, StakeholderMemberRepository members, RecordAudit audit, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StakeholderMember add(long groupId, String email, Actor actor) {
        group(groupId);
        String address = EmailAddresses.checked("email", email);
        if (members.findByGroupIdAndEmail(groupId, address).isPresent()) {
            throw new InvalidInputException("email", address + " already is a member of this group");
        }
        StakeholderMember member = members.save(new StakeholderMember(null, groupId, address, clock.instant()));
        audit.record(actor, "stakeholder_member.add", "stakeholder_group " + groupId, address);
        return member;
    }

    @Transactional
    public void remove(long groupId, long memberId, Actor actor) {
        group(groupId);
        StakeholderMember member = members.findById(memberId).filter(m -> m.groupId() == groupId)
                .orElseThrow(() -> new NotFoundException("Stakeholder member", memberId));
        members.delete(member);
        audit.record(actor, "stakeholder_member.remove", "stakeholder_group " + groupId, member.email());
    }

    private void group(long groupId) {
        if (!groups.existsById(groupId)) {
            throw new NotFoundException("Stakeholder group", groupId);
        }
    }
}
