package io.herald.incident;

import io.herald.system.Fields;
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

    /** A correction changes only the message's text: any other field would be dropped unseen. */
    @Nullable
    String correctedText() {
        String why = "cannot be corrected; a correction changes only the body (post a new update for the rest)";
        Fields.notApplicable("status", status, why);
        refuseDetails(why);
        return body;
    }

    /** Refuses every field of an update but its status and body, by API name, where none of them would apply. */
    void refuseDetails(String why) {
        Fields.notApplicable("components", components, why);
        Fields.notApplicable("deliver_notifications", deliverNotifications, why);
        Fields.notApplicable("internal_note", internalNote, why);
        Fields.notApplicable("publish_at", publishAt, why);
        Fields.notApplicable("custom_tweet", customTweet, why);
        Fields.notApplicable("resolve_components", resolveComponents, why);
        Fields.notApplicable("template", template, why);
        Fields.notApplicable("business_impact", businessImpact, why);
        Fields.notApplicable("next_steps", nextSteps, why);
    }

    public UpdateInput at(String publishAt) {
        return new UpdateInput(status, body, components, deliverNotifications, internalNote, publishAt, customTweet,
                resolveComponents, template, businessImpact, nextSteps);
    }
}
