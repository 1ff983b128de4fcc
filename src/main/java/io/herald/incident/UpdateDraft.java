package io.herald.incident;

import io.herald.component.ComponentStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Map;

/** A checked update, ready to be stored: every value valid, every component known. */
record UpdateDraft(IncidentStatus status, String body, @Nullable String internalNote, boolean deliverNotifications,
                   @Nullable String customTweet, Map<Long, ComponentStatus> components, boolean resolveComponents,
                   @Nullable Instant publishAt, @Nullable String businessImpact, @Nullable String nextSteps) {

    boolean timed() {
        return publishAt != null;
    }
}
