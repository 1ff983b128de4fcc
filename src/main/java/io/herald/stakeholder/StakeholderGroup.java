package io.herald.stakeholder;

import io.herald.incident.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A group of internal stakeholders; it hears of incidents at least as severe as {@code minSeverity}. */
@MappedEntity("stakeholder_group")
public record StakeholderGroup(@Id @GeneratedValue @Nullable Long id, String name, Severity minSeverity,
                               Instant createdAt) {
}
