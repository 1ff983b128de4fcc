package io.herald.incident;

import io.herald.component.ComponentJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An incident in the Statuspage v2 shape: only published, public information. */
@Serdeable
public record IncidentJson(
        String id,
        String name,
        String status,
        String createdAt,
        String updatedAt,
        @Nullable String monitoringAt,
        @Nullable String resolvedAt,
        String impact,
        String shortlink,
        String startedAt,
        String pageId,
        List<UpdateJson> incidentUpdates,
        List<ComponentJson> components) {

    @Serdeable
    public record UpdateJson(
            String id,
            String status,
            String body,
            String incidentId,
            String createdAt,
            String updatedAt,
            String displayAt,
            @Nullable List<AffectedComponent> affectedComponents,
            boolean deliverNotifications,
            @Nullable String customTweet,
            @Nullable String tweetId) {
    }

    @Serdeable
    public record AffectedComponent(String code, String name, @Nullable String oldStatus, String newStatus) {
    }
}
