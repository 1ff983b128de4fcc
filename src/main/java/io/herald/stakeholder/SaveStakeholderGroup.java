package io.herald.stakeholder;

import io.herald.system.EmailAddresses;
import io.herald.audit.RecordAudit;
import io.herald.incident.Severity;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Creates or changes a stakeholder group; every field is checked before anything is written. */
@Singleton
public class SaveStakeholderGroup {

    private final StakeholderGroupRepository groups;
    private final StakeholderMemberRepository members;
    private final RecordAudit audit;
    private final Clock clock;

    SaveStakeholderGroup(StakeholderGroupRepository groups, StakeholderMemberRepository members, RecordAudit audit,
                         Clock clock) {
        this.groups = groups;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StakeholderGroup create(String name, String minSeverity, List<String> emails, Actor actor) {
        String checkedName = Fields.requiredText("name", name, 255);
        if (groups.existsByName(checkedName)) {
            throw new InvalidInputException("name", "There already is a stakeholder group named '" + checkedName + "'");
        }
        Severity severity = severity(minSeverity);
        Set<String> addresses = addresses(emails);
        StakeholderGroup group = groups.save(new StakeholderGroup(null, checkedName, severity, clock.instant()));
        addresses.forEach(email -> members.save(new StakeholderMember(null, group.id(), email, clock.instant())));
        audit.record(actor, "stakeholder_group.create", "stakeholder_group " + group.id(),
                checkedName + " (" + severity.code() + ", " + addresses.size() + " members)");
        return group;
    }

    /** Null arguments leave that part as it is; {@code emails} replaces the members. */
    @Transactional
    public StakeholderGroup change(long id, String name, String minSeverity, List<String> emails, Actor actor) {
        StakeholderGroup old = groups.findById(id).orElseThrow(() -> new NotFoundException("Stakeholder group", id));
        String checkedName = name == null ? old.name() : Fields.requiredText("name", name, 255);
        if (groups.existsByNameAndIdNotEqual(checkedName, id)) {
            throw new InvalidInputException("name", "There already is a stakeholder group named '" + checkedName + "'");
        }
        Severity severity = minSeverity == null ? old.minSeverity() : severity(minSeverity);
        Set<String> addresses = emails == null ? null : addresses(emails);
        StakeholderGroup group = groups.update(new StakeholderGroup(id, checkedName, severity, old.createdAt()));
        if (addresses != null) {
            members.deleteByGroupId(id);
            addresses.forEach(email -> members.save(new StakeholderMember(null, id, email, clock.instant())));
        }
        audit.record(actor, "stakeholder_group.change", "stakeholder_group " + id,
                checkedName + " (" + severity.code() + ")");
        return group;
    }

    private static Severity severity(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("min_severity", "min_severity must not be empty; use SEV1, SEV2, SEV3 or SEV4");
        }
        return Severity.parse("min_severity", value.strip());
    }

    private static Set<String> addresses(List<String> emails) {
        Set<String> addresses = new LinkedHashSet<>();
        if (emails != null) {
            emails.forEach(email -> addresses.add(EmailAddresses.checked("members", email)));
        }
        return addresses;
    }
}
