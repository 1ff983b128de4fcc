package io.herald.component;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("component")
public record Component(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long groupId,
        String name,
        @Nullable String description,
        ComponentStatus status,
        int position,
        boolean showcase,
        boolean onlyShowIfDegraded,
        @Nullable LocalDate startDate,
        Instant createdAt,
        Instant updatedAt) {

    Component withStatus(ComponentStatus newStatus, Instant at) {
        return new Component(id, groupId, name, description, newStatus, position, showcase,
                onlyShowIfDegraded, startDate, createdAt, at);
    }

    Component withGroup(@Nullable Long newGroupId, Instant at) {
        return new Component(id, newGroupId, name, description, status, position, showcase,
                onlyShowIfDegraded, startDate, createdAt, at);
    }
}
