package io.herald.subscriber;

import io.herald.system.EmailAddresses;
import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * An admin adds one subscriber, confirmed at once (the admin vouches for the address). An address that
 * unsubscribed or is suppressed is refused: an opt-out is the subscriber's to undo.
 */
@Singleton
class AddSubscriber {

    private final SubscriberRepository subscribers;
    private final SuppressionRepository suppressions;
    private final RecordAudit audit;
    private final Clock clock;

    AddSubscriber(SubscriberRepository subscribers, SuppressionRepository suppressions, RecordAudit audit, Clock clock) {
        this.subscribers = subscribers;
        this.suppressions = suppressions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Subscriber add(@Nullable String email, List<Long> componentIds, Actor actor) {
        String text = Fields.requiredText("email", email, EmailAddresses.MAX_LENGTH);
        String address = EmailAddresses.checked("email", text);
        List<Long> known = componentIds.isEmpty() ? List.of() : subscribers.existingComponentIds(componentIds);
        componentIds.stream().filter(id -> !new HashSet<>(known).contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidInputException("components", "component " + id + " does not exist");
        });
        suppressions.findByEmail(address).ifPresent(s -> {
            throw new InvalidInputException("email", address + " is suppressed (" + s.reason()
                    + "); delete the suppression first");
        });
        Instant now = clock.instant();
        Subscriber old = subscribers.findByEmail(address).orElse(null);
        if (old != null && old.unsubscribedAt() != null) {
            throw new InvalidInputException("email", address + " unsubscribed on " + old.unsubscribedAt()
                    + "; only they can subscribe again");
        }
        Subscriber saved = old == null
                ? subscribers.save(new Subscriber(null, address, Subscribe.newToken(), componentIds.isEmpty(), now, now,
                null, null))
                : subscribers.update(new Subscriber(old.id(), address, old.token(), componentIds.isEmpty(),
                old.createdAt(), old.confirmedAt() == null ? now : old.confirmedAt(), null, old.suppressedAt()));
        subscribers.removeComponents(saved.id());
        componentIds.forEach(id -> subscribers.addComponent(saved.id(), id));
        audit.record(actor, "subscriber.create", "subscriber " + saved.id(), address);
        return saved;
    }
}
