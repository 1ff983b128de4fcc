package io.herald.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A URL that receives Herald's public updates. {@code secret} signs each delivery; {@code token} is the
 * capability in the payload's unsubscribe link; {@code confirmedAt} is when the URL answered the challenge.
 */
@MappedEntity("webhook_subscriber")
public record WebhookSubscriber(@Id @GeneratedValue @Nullable Long id, String url, String secret, String token,
                                boolean allComponents, Instant createdAt, @Nullable Instant confirmedAt,
                                @Nullable Instant unsubscribedAt) {

    /** Receives deliveries: verified and not unsubscribed. */
    public boolean active() {
        return confirmedAt != null && unsubscribedAt == null;
    }
}
