package io.herald.subscriber;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** The second half of double opt-in: the subscriber clicked the link in the confirmation mail. */
@Singleton
public class ConfirmSubscription {

    private final SubscriberRepository subscribers;
    private final Clock clock;

    ConfirmSubscription(SubscriberRepository subscribers, Clock clock) {
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @Transactional
    public Optional<Subscriber> confirm(String token) {
        return subscribers.findByToken(token).map(s -> s.confirmedAt() != null && s.unsubscribedAt() == null ? s
                : subscribers.update(new Subscriber(s.id(), s.email(), s.token(), s.allComponents(), s.createdAt(),
                clock.instant(), null, s.suppressedAt())));
    }
}
