package io.herald.subscriber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("subscriber")
public record Subscriber(@Id @GeneratedValue @Nullable Long id, String email, String token, boolean allComponents,
                         Instant createdAt, @Nullable Instant confirmedAt, @Nullable Instant unsubscribedAt,
                         @Nullable Instant suppressedAt) {

    /** Receives mail: confirmed (double opt-in), not unsubscribed, not suppressed after bounces. */
    public boolean active() {
        return confirmedAt != null && unsubscribedAt == null && suppressedAt == null;
    }
}
