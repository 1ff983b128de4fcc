package io.herald.webhook;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** An admin removes a webhook; its queued deliveries then fail as having no subscriber. */
@Singleton
public class DeleteWebhookSubscriber {

    private final WebhookSubscriberRepository subscribers;
    private final RecordAudit audit;

    DeleteWebhookSubscriber(WebhookSubscriberRepository subscribers, RecordAudit audit) {
        this.subscribers = subscribers;
        this.audit = audit;
    }

    @Transactional
    public void delete(long id, Actor actor) {
        WebhookSubscriber subscriber = subscribers.findById(id)
                .orElseThrow(() -> new NotFoundException("Webhook subscriber", id));
        subscribers.delete(subscriber);
        audit.record(actor, "webhook_subscriber.delete", "webhook_subscriber " + id, subscriber.url());
    }
}
