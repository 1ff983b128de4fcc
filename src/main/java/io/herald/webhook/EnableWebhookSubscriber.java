package io.herald.webhook;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** An admin sends to a disabled webhook again (its receiver was fixed), with the count of refusals back at 0. */
@Singleton
class EnableWebhookSubscriber {

    private final WebhookSubscriberRepository subscribers;
    private final RecordAudit audit;

    EnableWebhookSubscriber(WebhookSubscriberRepository subscribers, RecordAudit audit) {
        this.subscribers = subscribers;
        this.audit = audit;
    }

    @Transactional
    WebhookSubscriber enable(long id, Actor actor) {
        subscribers.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("Webhook subscriber", id));
        subscribers.updateFailures(id, 0, null, null);
        audit.record(actor, "webhook_subscriber.enable", "webhook_subscriber " + id, "");
        return subscribers.findById(id).orElseThrow();
    }
}
