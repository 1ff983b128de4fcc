package io.herald.stakeholder;

import io.herald.system.Timestamps;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
record StakeholderGroupJson(String id, String name, String minSeverity, List<Member> members, String createdAt) {

    @Serdeable
    record Member(String id, String email) {
    }

    static StakeholderGroupJson of(StakeholderGroup g, List<StakeholderMember> members) {
        return new StakeholderGroupJson(String.valueOf(g.id()), g.name(), g.minSeverity().code(),
                members.stream().map(m -> new Member(String.valueOf(m.id()), m.email())).toList(),
                Timestamps.iso(g.createdAt()));
    }
}
