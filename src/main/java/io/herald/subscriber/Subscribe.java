package io.herald.subscriber;

import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first half of double opt-in: records the address unconfirmed and asks for a confirmation mail
 * ({@link SubscriptionRequested}). The answer never tells whether the address was known already.
 */
@Singleton
public class Subscribe {

    // Deliberately loose: the confirmation mail is the real test of an address.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriberRepository subscribers;
    private final ApplicationEventPublisher<SubscriptionRequested> events;
    private final Clock clock;

    Subscribe(SubscriberRepository subscribers, ApplicationEventPublisher<SubscriptionRequested> events, Clock clock) {
        this.subscribers = subscribers;
        this.events = events;
        this.clock = clock;
    }

    /** Published inside the transaction: the confirmation mail is queued with the subscriber. */
    public record SubscriptionRequested(long subscriberId, String email) {
    }

    @Transactional
    public void subscribe(String email, List<Long> componentIds) {
        String address = Fields.requiredText("email", email, 320).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("email", "'" + address + "' does not look like an e-mail address");
        }
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.findByEmail(address).orElse(null);
        if (subscriber != null && subscriber.active()) {
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

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
