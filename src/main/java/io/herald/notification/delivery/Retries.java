package io.herald.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What a failed attempt leads to: tried again after a backoff (30 s, 1 min, 2 min, … capped at an hour, each ±20 % so
 * that the retries of one outage spread out), or FAILED for good when the far end refused clearly or the attempts
 * are used up. A far end that says when to come back (Retry-After) is taken at its word.
 */
final class Retries {

    private static final Duration LONGEST = Duration.ofHours(1);

    private final Duration firstRetry;
    private final int maxAttempts;
    private final DoubleSupplier random;

    Retries(Duration firstRetry, int maxAttempts) {
        this(firstRetry, maxAttempts, () -> ThreadLocalRandom.current().nextDouble());
    }

    Retries(Duration firstRetry, int maxAttempts, DoubleSupplier random) {
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /** How long a delivery put back untried (an open circuit) waits. */
    Duration first() {
        return firstRetry;
    }

    /** The state and next attempt after {@code attempt} (1 for the first) failed so. */
    Next after(DeliveryFailure failure, int attempt, Instant now) {
        boolean giveUp = failure.permanent() || attempt >= maxAttempts;
        Instant next = failure.notBefore() != null ? failure.notBefore() : now.plus(backoff(attempt));
        return new Next(giveUp ? DeliveryState.FAILED : DeliveryState.RETRYING, next);
    }

    Duration backoff(int attempt) {
        long base = Math.min(firstRetry.toMillis() << Math.min(attempt - 1, 20), LONGEST.toMillis());
        double jitter = 0.8 + random.getAsDouble() * 0.4;
        return Duration.ofMillis((long) (base * jitter));
    }

    record Next(DeliveryState state, Instant at) {
    }
}
