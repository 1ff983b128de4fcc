package io.herald.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A group as the admin API sends it; on PATCH, what is left out stays, and {@code members} replaces the list. */
@Serdeable
record StakeholderGroupInput(@Nullable String name, @Nullable String minSeverity, @Nullable List<String> members) {
}
