package io.herald.component;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("component_status_change")
public record ComponentStatusChange(
        @Id @GeneratedValue @Nullable Long id,
        long componentId,
        @Nullable ComponentStatus oldStatus,
        ComponentStatus newStatus,
        Instant changedAt,
        String changedBy,
        @Nullable String reason) {
}
