package io.herald.webhook;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes a verified subscription, new or replacing the URL's earlier one, with its components, in one transaction. */
@Singleton
class StoreWebhookSubscriber {

    private final WebhookSubscriberRepository subscribers;
    private final RecordAudit audit;
    private final Clock clock;

    StoreWebhookSubscriber(WebhookSubscriberRepository subscribers, RecordAudit audit, Clock clock) {
        this.subscribers = subscribers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    WebhookSubscriber store(String url, String secret, List<Long> componentIds, Optional<Actor> admin) {
        Instant now = clock.instant();
        WebhookSubscriber stored = subscribers.findByUrl(url)
                .map(old -> subscribers.update(new WebhookSubscriber(old.id(), url, secret, old.token(),
                        componentIds.isEmpty(), old.createdAt(), now, null, 0, null, null))) // proved alive again
                .orElseGet(() -> subscribers.save(new WebhookSubscriber(null, url, secret, Tokens.newToken(),
                        componentIds.isEmpty(), now, now, null, 0, null, null)));
        subscribers.removeComponents(stored.id());
        componentIds.forEach(id -> subscribers.addComponent(stored.id(), id));
        admin.ifPresent(actor -> audit.record(actor, "webhook_subscriber.create", "webhook_subscriber " + stored.id(), url));
        return stored;
    }
}
