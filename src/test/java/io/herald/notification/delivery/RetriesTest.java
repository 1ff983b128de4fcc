package io.herald.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetriesTest {

    private final Instant now = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void backsOffExponentiallyFromTheFirstRetryWithinTwentyPercentAndCapsAtAnHour() {
        Retries lowest = new Retries(Duration.ofSeconds(30), 8, () -> 0.0);
        Retries highest = new Retries(Duration.ofSeconds(30), 8, () -> 1.0);
        assertEquals(Duration.ofSeconds(24), lowest.backoff(1));
        assertEquals(Duration.ofSeconds(36), highest.backoff(1));
        assertEquals(Duration.ofSeconds(48), lowest.backoff(2));
        assertEquals(Duration.ofMinutes(16).multipliedBy(8).dividedBy(10), lowest.backoff(6));
        assertEquals(Duration.ofMinutes(72), highest.backoff(8), "an hour at most, before the jitter");
        assertEquals(Duration.ofMinutes(72), highest.backoff(60), "no overflow on a long run");
    }

    @Test
    void aFailureIsRetriedUntilTheAttemptsAreUsedUp() {
        Retries retries = new Retries(Duration.ofSeconds(30), 3, () -> 0.5);
        DeliveryFailure timeout = DeliveryFailure.retry("timed out", null);
        assertEquals(new Retries.Next(DeliveryState.RETRYING, now.plusSeconds(30)), retries.after(timeout, 1, now));
        assertEquals(new Retries.Next(DeliveryState.RETRYING, now.plusSeconds(60)), retries.after(timeout, 2, now));
        assertEquals(DeliveryState.FAILED, retries.after(timeout, 3, now).state());
    }

    @Test
    void aClearRefusalFailsAtOnceAndAFarEndsRetryAfterIsTakenAtItsWord() {
        Retries retries = new Retries(Duration.ofSeconds(30), 8, () -> 0.5);
        assertEquals(DeliveryState.FAILED, retries.after(DeliveryFailure.permanent("550 no such user"), 1, now).state());
        Instant later = now.plusSeconds(600);
        assertEquals(new Retries.Next(DeliveryState.RETRYING, later),
                retries.after(DeliveryFailure.retryAfter("429", later), 1, now));
    }
}
