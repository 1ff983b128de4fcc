package io.herald.notification.delivery;

import io.herald.notification.delivery.HttpAnswers.Gone;
import io.herald.system.OutboundHttp.Answer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an HTTP receiver's answer means for a delivery, without a receiver. */
class HttpAnswersTest {

    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");

    @Test
    void everyTwoHundredIsDelivered() {
        for (int status : new int[] {200, 201, 202, 204, 299}) {
            assertTrue(failure(status, null, "nope").isEmpty(), "HTTP " + status);
        }
    }

    @Test
    void timeoutsTooManyRequestsAndServerErrorsAreRetriedWithBackoff() {
        for (int status : new int[] {408, 429, 500, 502, 503, 599}) {
            DeliveryFailure failure = failure(status, null, "").orElseThrow();
            assertFalse(failure.permanent(), "HTTP " + status);
            assertNull(failure.notBefore(), "HTTP " + status);
        }
    }

    @Test
    void anyOtherClientErrorIsFinal() {
        for (int status : new int[] {400, 401, 403, 404, 405, 409, 413, 422}) {
            DeliveryFailure failure = failure(status, null, "").orElseThrow();
            assertTrue(failure.permanent() && !failure.gone(), "HTTP " + status);
        }
    }

    @Test
    void aRedirectIsFinalAndSaysToRegisterTheFinalUrl() {
        DeliveryFailure failure = failure(301, null, "").orElseThrow();
        assertTrue(failure.permanent());
        assertEquals("HTTP 301 from hooks.acme.test (a redirect; Herald follows none, so register the final URL)",
                failure.getMessage());
    }

    @Test
    void goneIsTheRecipientGoneOnlyWhereTheChannelSaysSo() {
        DeliveryFailure recipient = HttpAnswers.failure(new Answer(410, Optional.empty(), ""), "hooks.acme.test",
                Gone.RECIPIENT, NOW).orElseThrow();
        assertTrue(recipient.permanent() && recipient.gone());
        DeliveryFailure delivery = failure(410, null, "").orElseThrow();
        assertTrue(delivery.permanent() && !delivery.gone());
        assertEquals(recipient.getMessage(), delivery.getMessage());
    }

    @Test
    void theMessageQuotesTheStartOfTheBodyTrimmed() {
        assertEquals("HTTP 500 from hooks.acme.test", failure(500, null, " \n ").orElseThrow().getMessage());
        assertEquals("HTTP 400 from hooks.acme.test: bad payload", failure(400, null, "\n bad payload \n")
                .orElseThrow().getMessage());
        assertEquals("HTTP 400 from hooks.acme.test: " + "x".repeat(200), failure(400, null, "x".repeat(5000))
                .orElseThrow().getMessage());
    }

    @Test
    void retryAfterInSecondsSetsWhenToTryAgain() {
        assertEquals(NOW.plusSeconds(120), failure(429, "120", "").orElseThrow().notBefore());
        assertEquals(NOW.plusSeconds(7), failure(429, " 7 ", "").orElseThrow().notBefore());
        assertEquals(NOW, failure(429, "-5", "").orElseThrow().notBefore(), "a negative pause is none");
    }

    @Test
    void retryAfterAsAnHttpDateSetsWhenToTryAgain() {
        assertEquals(Instant.parse("2024-05-06T07:30:00Z"),
                failure(429, "Mon, 6 May 2024 07:30:00 GMT", "").orElseThrow().notBefore());
        assertEquals(Instant.parse("2024-05-06T07:00:00Z"),
                failure(429, "Mon, 06 May 2024 07:00:00 GMT", "").orElseThrow().notBefore(), "a time past is kept");
    }

    @Test
    void retryAfterIsADayAtMost() {
        Instant tomorrow = NOW.plus(HttpAnswers.LONGEST_PAUSE);
        assertEquals(tomorrow, failure(429, "86401", "").orElseThrow().notBefore());
        assertEquals(tomorrow, failure(429, String.valueOf(Long.MAX_VALUE), "").orElseThrow().notBefore());
        assertEquals(tomorrow, failure(429, "Tue, 1 Jan 2030 00:00:00 GMT", "").orElseThrow().notBefore());
    }

    @Test
    void aMissingOrUnreadableRetryAfterFallsBackToBackoff() {
        for (String value : new String[] {null, "", "  ", "soon", "1.5", "99999999999999999999", "2024-05-06T08:00:00Z"}) {
            DeliveryFailure failure = failure(429, value, "").orElseThrow();
            assertFalse(failure.permanent(), value);
            assertNull(failure.notBefore(), value);
        }
    }

    @Test
    void retryAfterCountsOnlyOnTooManyRequests() {
        assertNull(failure(503, "120", "").orElseThrow().notBefore());
    }

    private static Optional<DeliveryFailure> failure(int status, String retryAfter, String body) {
        return HttpAnswers.failure(new Answer(status, Optional.ofNullable(retryAfter), body), "hooks.acme.test",
                Gone.DELIVERY, NOW);
    }
}
