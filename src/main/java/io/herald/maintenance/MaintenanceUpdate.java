package io.herald.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("maintenance_update")
public record MaintenanceUpdate(
        @Id @GeneratedValue @Nullable Long id,
        long maintenanceId,
        MaintenanceStatus status,
        String body,
        @Nullable String internalNote,
        boolean deliverNotifications,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishAt,
        @Nullable Instant publishedAt,
        @Nullable String tweetId) {

    public boolean published() {
        return publishedAt != null;
    }
}
