package io.herald.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A URL that receives Herald's public updates. {@code secret} signs each delivery; {@code token} is the
 * capability in the payload's unsubscribe link; {@code confirmedAt} is when the URL answered the challenge.
 * {@code disabledAt}: Herald stopped sending after the receiver refused too many deliveries in a row.
 */
@MappedEntity("webhook_subscriber")
public record WebhookSubscriber(@Id @GeneratedValue @Nullable Long id, String url, String secret, String token,
                                boolean allComponents, Instant createdAt, @Nullable Instant confirmedAt,
                                @Nullable Instant unsubscribedAt, int failureStreak, @Nullable Instant disabledAt,
                                @Nullable String disabledReason) {

    /** Receives deliveries: verified, not unsubscribed, not disabled. */
    public boolean active() {
        return confirmedAt != null && unsubscribedAt == null && disabledAt == null;
    }
}
