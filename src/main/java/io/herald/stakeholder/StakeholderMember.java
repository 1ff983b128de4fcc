package io.herald.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("stakeholder_member")
public record StakeholderMember(@Id @GeneratedValue @Nullable Long id, long groupId, String email, Instant createdAt) {
}
