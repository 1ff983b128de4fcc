package io.herald.subscriber;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** Ends a subscription by its token; doing it twice is harmless, as mail clients may retry. */
@Singleton
public class Unsubscribe {

    private final SubscriberRepository subscribers;
    private final Clock clock;

    Unsubscribe(SubscriberRepository subscribers, Clock clock) {
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @Transactional
    public Optional<Subscriber> unsubscribe(String token) {
        return subscribers.findByToken(token).map(subscriber -> {
            if (subscriber.unsubscribedAt() == null) {
                subscribers.updateUnsubscribedAt(subscriber.id(), clock.instant());
            }
            return subscriber;
        });
    }
}
