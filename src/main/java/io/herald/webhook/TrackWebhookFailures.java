package io.herald.webhook;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Keeps count of a webhook's deliveries that failed in a row (refused with a 4xx or a redirect, or out of
 * attempts). After herald.webhooks.disable-after of them, or at once on 410 Gone, the webhook is disabled, so that
 * a dead endpoint stops collecting failures on every update; a delivered post starts the count again, and an admin
 * can enable it. A failure that is retried is not counted yet: it says more about a bad hour than a bad endpoint.
 */
@Singleton
class TrackWebhookFailures {

    private static final Logger LOG = LoggerFactory.getLogger(TrackWebhookFailures.class);
    private static final int REASON_LENGTH = 500; // webhook_subscriber.disabled_reason

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

    @EventListener
    void on(WebhooksDelivered delivered) {
        if (!delivered.subscriberIds().isEmpty()) {
            subscribers.clearFailures(delivered.subscriberIds());
        }
    }

    @EventListener
    @Transactional
    void on(WebhookDeliveryFailed failed) {
        WebhookSubscriber subscriber = subscribers.findByIdForUpdate(failed.subscriberId()).orElse(null);
        if (subscriber == null || !subscriber.active()) {
            return; // removed, unsubscribed or disabled already: nothing left to count
        }
        int failures = subscriber.failureStreak() + 1;
        if (!failed.gone() && failures < disableAfter) {
            subscribers.updateFailures(subscriber.id(), failures, null, null);
            return;
        }
        String why = (failed.gone() ? "The receiver answered 410 Gone: "
                : failures == 1 ? "A delivery failed: " : failures + " deliveries in a row failed; the last: ")
                + failed.error();
        why = why.length() > REASON_LENGTH ? why.substring(0, REASON_LENGTH) : why;
        subscribers.updateFailures(subscriber.id(), failures, clock.instant(), why);
        audit.record(Actor.SYSTEM, "webhook_subscriber.disable", "webhook_subscriber " + subscriber.id(), why);
        LOG.info("Disabled webhook subscriber {}: {}", subscriber.id(), why);
    }
}
