package io.herald.incident;

import io.herald.system.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * An incident as the API sends it. On create, {@code name} and {@code body} (the first public message)
 * are required. On PATCH, the incident's own fields change, and a {@code body} or {@code status} also posts
 * an update, as in the Statuspage API. {@code template} (an id) fills whatever the request leaves out.
 */
@Serdeable
public record IncidentInput(
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
        @Nullable String nextSteps) {

    /** An incident with just its name, public impact, severity and first message. */
    public static IncidentInput opening(String name, @Nullable String impact, @Nullable String severity, String body) {
        return new IncidentInput(name, null, impact, severity, body, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /**
     * For a change (PATCH): the fields that belong to the update a change may post, by API name, when no status or
     * body is given to post one; and drill, which an open incident keeps. Given anyway, they would be dropped unseen.
     */
    void refuseWhatAChangeCannotApply() {
        Fields.notApplicable("drill", drill, "an incident stays a drill, or not, from its opening");
        if (status != null || body != null) {
            return;
        }
        new UpdateInput(null, null, components, deliverNotifications, internalNote, publishAt, customTweet,
                resolveComponents, template, businessImpact, nextSteps).refuseDetails("belongs to the update a change "
                + "posts; give a status or body too, or post to /api/v1/incidents/{id}/updates");
    }

    UpdateInput asUpdate() {
        return new UpdateInput(status, body, components, deliverNotifications, internalNote, publishAt, customTweet,
                resolveComponents, null, businessImpact, nextSteps);
    }
}
