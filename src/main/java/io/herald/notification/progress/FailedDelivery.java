package io.herald.notification.progress;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A delivery that gave up: to whom, after how many attempts, and the far end's last answer. */
@Introspected
@Serdeable
public record FailedDelivery(long id, String channel, String recipient, int attempts, @Nullable String lastError) {
}
