package io.herald.incident;

import io.herald.system.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.Optional;

/**
 * A change to an incident as the API sends it (PATCH /api/v1/incidents/{id}): the incident's own fields change, and a
 * {@code status} or {@code body} also posts an update with the update's fields, as in the Statuspage API.
 */
@Serdeable
public record ChangeIncidentRequest(
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

    /** A change of the incident's own fields alone, which posts no update. */
    static ChangeIncidentRequest ownFields(@Nullable String name, @Nullable String impact, @Nullable String severity,
                                           @Nullable String pointUserId, @Nullable String commsUserId,
                                           @Nullable Integer updateIntervalMinutes, @Nullable Boolean showNextUpdate) {
        return new ChangeIncidentRequest(name, null, impact, severity, null, null, null, null, null, null, null,
                pointUserId, commsUserId, updateIntervalMinutes, showNextUpdate, null, null, null, null);
    }

    /**
     * The fields that belong to the update a change may post, by API name, when no status or body is given to post
     * one; and drill, which an open incident keeps. Given anyway, they would be dropped unseen.
     */
    void refuseWhatAChangeCannotApply() {
        Fields.notApplicable("drill", drill, "an incident stays a drill, or not, from its opening");
        if (update().isEmpty()) {
            refuseDetails("belongs to the update a change posts; give a status or body too, or post to "
                    + "/api/v1/incidents/{id}/updates");
        }
    }

    /** The update this change posts, if it gives a status or a body. A change has never applied a template to it. */
    Optional<PostIncidentUpdateRequest> update() {
        return status == null && body == null ? Optional.empty()
                : Optional.of(PostIncidentUpdateRequest.withoutTemplate(this));
    }
}
