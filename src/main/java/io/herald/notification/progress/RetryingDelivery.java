package io.herald.notification.progress;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A delivery that failed and will be tried again: to whom, after how many attempts, why, and when next. */
@Introspected
@Serdeable
public record RetryingDelivery(long id, String channel, String recipient, int attempts, @Nullable String lastError,
                               Instant nextAttemptAt) {
}
