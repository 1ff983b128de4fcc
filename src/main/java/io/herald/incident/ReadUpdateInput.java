package io.herald.incident;

import com.twitter.twittertext.TwitterTextParser;
import io.herald.component.ComponentRepository;
import io.herald.component.ComponentStatus;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks an update's fields before anything is written; every message names the API field at fault. */
@Singleton
class ReadUpdateInput {

    static final int BODY_LIMIT = 10_000;
    static final int TWEET_LIMIT = 280;

    private final ComponentRepository components;
    private final Clock clock;

    ReadUpdateInput(ComponentRepository components, Clock clock) {
        this.components = components;
        this.clock = clock;
    }

    UpdateDraft read(UpdateFields input, IncidentStatus defaultStatus) {
        IncidentStatus status = input.status() == null ? defaultStatus : IncidentStatus.parse("status", input.status());
        return new UpdateDraft(status,
                Fields.requiredText("body", input.body(), BODY_LIMIT),
                Fields.optionalText("internal_note", input.internalNote(), BODY_LIMIT).orElse(null),
                input.deliverNotifications() == null || input.deliverNotifications(),
                customTweet(input.customTweet()),
                componentStatuses(input.components()),
                Boolean.TRUE.equals(input.resolveComponents()),
                publishAt(input.publishAt()),
                Fields.optionalText("business_impact", input.businessImpact(), BODY_LIMIT).orElse(null),
                Fields.optionalText("next_steps", input.nextSteps(), BODY_LIMIT).orElse(null));
    }

    /** Within 280 as X counts it, where most CJK characters and emoji count two; stored as written. */
    @Nullable
    private static String customTweet(@Nullable String value) {
        String tweet = Fields.optionalText("custom_tweet", value, TWEET_LIMIT).orElse(null);
        int weighted = tweet == null ? 0 : TwitterTextParser.parseTweet(tweet).weightedLength;
        if (weighted > TWEET_LIMIT) {
            throw new InvalidInputException("custom_tweet", "custom_tweet counts " + weighted
                    + " characters as X counts them (CJK characters and emoji count two); the limit is " + TWEET_LIMIT);
        }
        return tweet;
    }

    private Map<Long, ComponentStatus> componentStatuses(@Nullable Map<String, String> requested) {
        Map<Long, ComponentStatus> checked = new LinkedHashMap<>();
        if (requested == null) {
            return checked;
        }
        requested.forEach((rawId, rawStatus) -> {
            long id = Fields.optionalId("components", rawId)
                    .orElseThrow(() -> new InvalidInputException("components", "components has an empty component id"));
            if (!components.existsById(id)) {
                throw new InvalidInputException("components", "There is no component with id " + id);
            }
            checked.put(id, ComponentStatus.parse("components", rawStatus));
        });
        return checked;
    }

    /** A timed update must lie in the future; one for "now" is simply posted. */
    private @Nullable Instant publishAt(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publish_at",
                    "publish_at '" + value + "' is not a time with a zone offset, like 2026-11-21T14:30:00Z");
        }
        if (!at.isAfter(clock.instant())) {
            throw new InvalidInputException("publish_at", "publish_at " + value + " is in the past; leave it out to post now");
        }
        return at;
    }
}
