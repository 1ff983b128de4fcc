package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** An incident as the admin API shows it to its team: with internal fields, timed and cancelled updates. */
@Serdeable
public record IncidentAdminJson(
        String id,
        String name,
        String status,
        String impact,
        String severity,
        boolean drill,
        @Nullable String pointUserId,
        @Nullable String commsUserId,
        @Nullable Integer updateIntervalMinutes,
        boolean showNextUpdate,
        @Nullable String nextUpdateAt,
        String createdAt,
        String updatedAt,
        String startedAt,
        @Nullable String monitoringAt,
        @Nullable String resolvedAt,
        List<Update> updates) {

    @Serdeable
    public record Update(
            String id,
            String status,
            String body,
            @Nullable String internalNote,
            Map<String, String> components,
            boolean deliverNotifications,
            @Nullable String customTweet,
            @Nullable String tweetId,
            String createdBy,
            String createdAt,
            String publishAt,
            @Nullable String publishedAt,
            @Nullable String cancelledAt) {
    }
}
