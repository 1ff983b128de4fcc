package io.herald.subscriber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A subscriber in the admin API; components empty means every component. The token never leaves Herald here. */
@Serdeable
record SubscriberJson(String id, String email, String state, List<String> components, Instant createdAt,
                      @Nullable Instant confirmedAt, @Nullable Instant unsubscribedAt, @Nullable Instant suppressedAt) {

    static SubscriberJson of(Subscriber s, List<Long> components) {
        return new SubscriberJson(String.valueOf(s.id()), s.email(), state(s),
                components.stream().map(String::valueOf).toList(), s.createdAt(), s.confirmedAt(), s.unsubscribedAt(),
                s.suppressedAt());
    }

    static String state(Subscriber s) {
        return s.suppressedAt() != null ? "suppressed" : s.unsubscribedAt() != null ? "unsubscribed"
                : s.confirmedAt() == null ? "unconfirmed" : "active";
    }
}
