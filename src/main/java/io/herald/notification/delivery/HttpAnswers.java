package io.herald.notification.delivery;

import io.herald.system.OutboundHttp;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a receiver's answer to a post means for the delivery, for the channels that post over HTTP (webhooks, chat):
 * 2xx is delivered; 408, 429 (not before its Retry-After) and 5xx are retried; any other status, a redirect
 * included, is final. Only what a 410 means is the channel's to say ({@link Gone}).
 */
public final class HttpAnswers {

    // A far end may ask for a pause; beyond a day it is more likely a mistake than a plan.
    static final Duration LONGEST_PAUSE = Duration.ofHours(24);
    private static final int QUOTED_BODY = 200;

    /** What a 410 Gone says to a channel. */
    public enum Gone {
        /** The recipient is gone for good ({@link DeliveryFailure#gone()}): a webhook subscriber gets disabled. */
        RECIPIENT,
        /** Only this delivery is refused, as by any other 4xx. */
        DELIVERY
    }

    private HttpAnswers() {
    }

    /**
     * Nothing when the receiver took the post; otherwise the failure its answer amounts to, in words that name the
     * status, the host and the start of what it said.
     */
    public static Optional<DeliveryFailure> failure(OutboundHttp.Answer answer, String host, Gone gone, Instant now) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return Optional.empty();
        }
        String body = answer.body().strip();
        String said = "HTTP " + status + " from " + host
                + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(QUOTED_BODY, body.length())));
        if (status == 429) {
            return Optional.of(retryAfter(answer.retryAfter().orElse(null), now)
                    .map(notBefore -> DeliveryFailure.retryAfter(said, notBefore))
                    .orElseGet(() -> DeliveryFailure.retry(said, null)));
        }
        if (status == 408 || status >= 500) {
            return Optional.of(DeliveryFailure.retry(said, null));
        }
        if (status >= 300 && status < 400) {
            return Optional.of(DeliveryFailure.permanent(said + " (a redirect; Herald follows none, so register the final URL)"));
        }
        return Optional.of(status == 410 && gone == Gone.RECIPIENT ? DeliveryFailure.gone(said) : DeliveryFailure.permanent(said));
    }

    /** Retry-After as seconds or as an HTTP date, a day from now at the latest; empty when absent or unreadable. */
    static Optional<Instant> retryAfter(@Nullable String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant latest = now.plus(LONGEST_PAUSE);
        try {
            // Capped before it is added: a huge count of seconds would overflow the instant.
            long seconds = Math.min(Math.max(0, Long.parseLong(value.strip())), LONGEST_PAUSE.toSeconds());
            return Optional.of(now.plusSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(latest) ? latest : at);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
