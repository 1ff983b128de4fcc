package io.herald.component;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("component_group")
public record ComponentGroup(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String description,
        int position,
        Instant createdAt,
        Instant updatedAt) {
}
