package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * An incident as the API opens it (POST /api/v1/incidents): {@code name} and {@code body} (the first public message)
 * are required; the update's fields make the first update. {@code template} (an id) fills whatever the request
 * leaves out.
 */
@Serdeable
public record CreateIncidentRequest(
        @Nullable String name,
        @Nullable String status,
        @Nullable String impact,
        @Nullable String severity,
        @Nullable String body,
        @Nullable Map<String, String> components,
        @Nullable Boolean deliverNotifications,
        @Nullable String internalNote,
        @Nullable String publishAt,
        @Nullable String customTweet,
        @Nullable Boolean drill,
        @Nullable String pointUserId,
        @Nullable String commsUserId,
        @Nullable Integer updateIntervalMinutes,
        @Nullable Boolean showNextUpdate,
        @Nullable Boolean resolveComponents,
        @Nullable String template,
        @Nullable String businessImpact,
        @Nullable String nextSteps) implements UpdateFields {

    /** An incident with just its name, public impact, severity and first message. */
    public static CreateIncidentRequest opening(String name, @Nullable String impact, @Nullable String severity,
                                                String body) {
        return new CreateIncidentRequest(name, null, impact, severity, body, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
