package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * An update as the API sends it (POST /api/v1/incidents/{id}/updates): {@code components} maps component ids to the
 * status the update sets; {@code resolve_components} returns every component the incident touched to operational;
 * {@code template} (an id) fills whatever the request leaves out.
 */
@Serdeable
public record PostIncidentUpdateRequest(
        @Nullable String status,
        @Nullable String body,
        @Nullable Map<String, String> components,
        @Nullable Boolean deliverNotifications,
        @Nullable String internalNote,
        @Nullable String publishAt,
        @Nullable String customTweet,
        @Nullable Boolean resolveComponents,
        @Nullable String template,
        @Nullable String businessImpact,
        @Nullable String nextSteps) implements UpdateFields {

    /** An update with a status (null: unchanged) and a message, and nothing else. */
    public static PostIncidentUpdateRequest posting(@Nullable String status, String body) {
        return new PostIncidentUpdateRequest(status, body, null, null, null, null, null, null, null, null, null);
    }

    /** The update that another request's update fields describe, taking no template. */
    static PostIncidentUpdateRequest withoutTemplate(UpdateFields fields) {
        return new PostIncidentUpdateRequest(fields.status(), fields.body(), fields.components(),
                fields.deliverNotifications(), fields.internalNote(), fields.publishAt(), fields.customTweet(),
                fields.resolveComponents(), null, fields.businessImpact(), fields.nextSteps());
    }

    public PostIncidentUpdateRequest at(String publishAt) {
        return new PostIncidentUpdateRequest(status, body, components, deliverNotifications, internalNote, publishAt,
                customTweet, resolveComponents, template, businessImpact, nextSteps);
    }
}
