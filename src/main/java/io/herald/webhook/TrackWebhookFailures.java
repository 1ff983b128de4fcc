package io.herald.webhook;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps count of the deliveries a webhook's receiver refused in a row (a 4xx or a redirect: it answered, and said
 * no). After herald.webhooks.disable-after of them, or at once on 410 Gone, the webhook is disabled, so that a
 * dead endpoint stops collecting failures on every update; an admin can enable it again. Timeouts and 5xx are not
 * counted: they are retried, and say more about a bad hour than about a bad subscription.
 */
@Singleton
public class TrackWebhookFailures {

    private final WebhookSubscriberRepository subscribers;
    private final RecordAudit audit;
    private final int disableAfter;
    private final Clock clock;

    TrackWebhookFailures(WebhookSubscriberRepository subscribers, RecordAudit audit,
                         @Value("${herald.webhooks.disable-after:5}") int disableAfter, Clock clock) {
        this.subscribers = subscribers;
        this.audit = audit;
        this.disableAfter = Math.max(1, disableAfter);
        this.clock = clock;
    }

    /** The receiver took a delivery: the count starts again. */
    public void delivered(long subscriberId) {
        subscribers.clearFailures(subscriberId);
    }

    /** The receiver refused a delivery for good, saying {@code reason}; {@code gone}: it answered 410. */
    @Transactional
    public void refused(long subscriberId, String reason, boolean gone) {
        WebhookSubscriber subscriber = subscribers.findByIdForUpdate(subscriberId).orElse(null);
        if (subscriber == null || subscriber.disabledAt() != null) {
            return;
        }
        int failures = subscriber.failureStreak() + 1;
        if (!gone && failures < disableAfter) {
            subscribers.updateFailures(subscriberId, failures, null, null);
            return;
        }
        String why = (gone ? "The receiver answered 410 Gone: " : failures + " deliveries in a row refused; the last: ")
                + reason;
        Instant now = clock.instant();
        subscribers.updateFailures(subscriberId, failures, now, why.length() > 500 ? why.substring(0, 500) : why);
        audit.record(Actor.SYSTEM, "webhook_subscriber.disable", "webhook_subscriber " + subscriberId, why);
    }
}
