package io.herald.maintenance;

import io.herald.component.ComponentJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A scheduled maintenance in the Statuspage v2 shape: an incident object (impact {@code maintenance}) plus
 * {@code scheduled_for} and {@code scheduled_until}; only published, public information.
 */
@Serdeable
public record MaintenanceJson(
        String id,
        String name,
        String status,
        String createdAt,
        String updatedAt,
        @Nullable String monitoringAt,
        @Nullable String resolvedAt,
        String impact,
        String shortlink,
        @Nullable String startedAt,
        String pageId,
        List<UpdateJson> incidentUpdates,
        List<ComponentJson> components,
        String scheduledFor,
        String scheduledUntil) {

    public static final String IMPACT = "maintenance";

    @Serdeable
    public record UpdateJson(
            String id,
            String status,
            String body,
            String incidentId,
            String createdAt,
            String updatedAt,
            String displayAt,
            // Always null: a maintenance's component changes follow from its status, not from its updates.
            @Nullable List<Object> affectedComponents,
            boolean deliverNotifications,
            @Nullable String customTweet,
            @Nullable String tweetId) {
    }
}
