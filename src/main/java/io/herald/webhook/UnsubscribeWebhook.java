package io.herald.webhook;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** Ends a webhook subscription by its token; doing it twice is harmless. */
@Singleton
public class UnsubscribeWebhook {

    private final WebhookSubscriberRepository subscribers;
    private final Clock clock;

    UnsubscribeWebhook(WebhookSubscriberRepository subscribers, Clock clock) {
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @Transactional
    public Optional<WebhookSubscriber> unsubscribe(String token) {
        return subscribers.findByToken(token).map(subscriber -> {
            if (subscriber.unsubscribedAt() == null) {
                subscribers.updateUnsubscribedAt(subscriber.id(), clock.instant());
            }
            return subscriber;
        });
    }
}
