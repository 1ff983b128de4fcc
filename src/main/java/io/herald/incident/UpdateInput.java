package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * An update as the API sends it: {@code components} maps component ids to the status the update sets;
 * {@code resolve_components} returns every component the incident touched to operational; {@code template}
 * (an id) fills whatever the request leaves out.
 */
@Serdeable
public record UpdateInput(
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
        @Nullable String nextSteps) {

    /** An update with a status (null: unchanged) and a message. */
    public static UpdateInput posting(@Nullable String status, String body) {
        return new UpdateInput(status, body, null, null, null, null, null, null, null, null, null);
    }

    public UpdateInput at(String publishAt) {
        return new UpdateInput(status, body, components, deliverNotifications, internalNote, publishAt, customTweet,
                resolveComponents, template, businessImpact, nextSteps);
    }
}
