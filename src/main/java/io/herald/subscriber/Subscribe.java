package io.herald.subscriber;

import io.herald.system.EmailAddresses;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;

/**
 * The first half of double opt-in: records the address unconfirmed and asks for a confirmation mail
 * ({@link SubscriptionRequested}). The answer never tells whether the address was known already.
 */
@Singleton
public class Subscribe {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriberRepository subscribers;
    private final SuppressionRepository suppressions;
    private final ApplicationEventPublisher<SubscriptionRequested> events;
    private final Clock clock;

    Subscribe(SubscriberRepository subscribers, SuppressionRepository suppressions,
              ApplicationEventPublisher<SubscriptionRequested> events, Clock clock) {
        this.subscribers = subscribers;
        this.suppressions = suppressions;
        this.events = events;
        this.clock = clock;
    }

    /** Published inside the transaction: the confirmation mail is queued with the subscriber. */
    public record SubscriptionRequested(long subscriberId, String email) {
    }

    @Transactional
    public void subscribe(String email, List<Long> componentIds) {
        String text = Fields.requiredText("email", email, EmailAddresses.MAX_LENGTH);
        String address = EmailAddresses.checked("email", text);
        // The form offers only existing components; anything else is a stale page or a hand-made request.
        if (!componentIds.isEmpty() && !new HashSet<>(subscribers.existingComponentIds(componentIds)).containsAll(componentIds)) {
            throw new InvalidInputException("components", "One of the chosen components no longer exists; reload the "
                    + "page and choose again");
        }
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.findByEmail(address).orElse(null);
        // A suppressed address (hard bounce, complaint) gets no confirmation mail either; the answer is the same.
        if (subscriber != null && subscriber.active() || suppressions.existsByEmail(address)) {
            return;
        }
        if (subscriber == null) {
            subscriber = subscribers.save(new Subscriber(null, address, newToken(), componentIds.isEmpty(), now, null,
                    null, null));
        } else {
            // Unconfirmed or unsubscribed before: start again with the choices made now.
            subscriber = subscribers.update(new Subscriber(subscriber.id(), address, subscriber.token(),
                    componentIds.isEmpty(), subscriber.createdAt(), null, null, subscriber.suppressedAt()));
            subscribers.removeComponents(subscriber.id());
        }
        for (Long componentId : componentIds) {
            subscribers.addComponent(subscriber.id(), componentId);
        }
        events.publishEvent(new SubscriptionRequested(subscriber.id(), address));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
