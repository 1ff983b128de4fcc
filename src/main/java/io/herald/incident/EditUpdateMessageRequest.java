package io.herald.incident;

import io.herald.system.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * A correction of a posted message as the API sends it (PATCH /api/v1/incidents/{id}/updates/{updateId}): only
 * {@code body} applies. It takes every field of an update all the same, so that one given by habit is refused with
 * the reason, not as a field the request does not know.
 */
@Serdeable
public record EditUpdateMessageRequest(
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

    /** A correction to this text. */
    public static EditUpdateMessageRequest correcting(@Nullable String body) {
        return new EditUpdateMessageRequest(null, body, null, null, null, null, null, null, null, null, null);
    }

    /** A correction changes only the message's text: any other field would be dropped unseen. */
    @Nullable
    String correctedText() {
        String why = "cannot be corrected; a correction changes only the body (post a new update for the rest)";
        Fields.notApplicable("status", status, why);
        refuseDetails(why);
        return body;
    }
}
