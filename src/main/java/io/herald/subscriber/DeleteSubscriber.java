package io.herald.subscriber;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Removes a subscriber and their choices for good (e.g. on a data deletion request); a suppression stays. */
@Singleton
class DeleteSubscriber {

    private final SubscriberRepository subscribers;
    private final RecordAudit audit;

    DeleteSubscriber(SubscriberRepository subscribers, RecordAudit audit) {
        this.subscribers = subscribers;
        this.audit = audit;
    }

    @Transactional
    void delete(long id, Actor actor) {
        Subscriber subscriber = subscribers.findById(id).orElseThrow(() -> new NotFoundException("Subscriber", id));
        subscribers.delete(subscriber);
        audit.record(actor, "subscriber.delete", "subscriber " + id, subscriber.email());
    }
}
