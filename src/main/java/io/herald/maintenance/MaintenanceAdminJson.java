package io.herald.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A maintenance as the admin API shows it to its team: with its settings and internal notes. */
@Serdeable
public record MaintenanceAdminJson(
        String id,
        String name,
        String status,
        String scheduledFor,
        String scheduledUntil,
        boolean autoStart,
        boolean autoComplete,
        List<Integer> remindBeforeMinutes,
        List<String> components,
        String createdAt,
        String updatedAt,
        @Nullable String startedAt,
        @Nullable String completedAt,
        List<Update> updates) {

    @Serdeable
    public record Update(
            String id,
            String status,
            String body,
            @Nullable String internalNote,
            boolean deliverNotifications,
            String createdBy,
            String createdAt,
            String publishAt,
            @Nullable String publishedAt,
            @Nullable String tweetId) {
    }
}
