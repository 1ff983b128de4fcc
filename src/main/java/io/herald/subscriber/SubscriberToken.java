package io.herald.subscriber;

import io.micronaut.core.annotation.Introspected;

/** A subscriber's opaque token, for the manage and unsubscribe links of the mail sent to them. */
@Introspected
public record SubscriberToken(long id, String token) {
}
