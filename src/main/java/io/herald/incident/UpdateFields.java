package io.herald.incident;

import io.herald.system.Fields;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The fields of an update, by the names every request that carries one gives them: opening an incident, posting an
 * update, changing an incident (which may post one) and correcting a message (which may change only the body).
 * {@link ReadUpdateInput} checks them, whichever request they came in.
 */
interface UpdateFields {

    @Nullable String status();

    @Nullable String body();

    @Nullable Map<String, String> components();

    @Nullable Boolean deliverNotifications();

    @Nullable String internalNote();

    @Nullable String publishAt();

    @Nullable String customTweet();

    @Nullable Boolean resolveComponents();

    @Nullable String template();

    @Nullable String businessImpact();

    @Nullable String nextSteps();

    /** Refuses every field of an update but its status and body, by API name, where none of them would apply. */
    default void refuseDetails(String why) {
        Fields.notApplicable("components", components(), why);
        Fields.notApplicable("deliver_notifications", deliverNotifications(), why);
        Fields.notApplicable("internal_note", internalNote(), why);
        Fields.notApplicable("publish_at", publishAt(), why);
        Fields.notApplicable("custom_tweet", customTweet(), why);
        Fields.notApplicable("resolve_components", resolveComponents(), why);
        Fields.notApplicable("template", template(), why);
        Fields.notApplicable("business_impact", businessImpact(), why);
        Fields.notApplicable("next_steps", nextSteps(), why);
    }
}
