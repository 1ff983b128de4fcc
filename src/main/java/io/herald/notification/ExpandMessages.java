package io.herald.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Turns each outbox message into its deliveries. Claiming the message and stamping {@code expanded_at}
 * share one transaction with the INSERT … SELECT, so a message is expanded exactly once, whichever
 * instance gets it, and a crash half-way rolls back to be done again.
 */
@Singleton
public class ExpandMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ExpandMessages.class);

    private final NotificationMessageRepository messages;
    private final Clock clock;

    ExpandMessages(NotificationMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${herald.delivery.interval:200ms}", initialDelay = "2s")
    void run() {
        try {
            expand();
        } catch (RuntimeException e) {
            LOG.warn("Expanding messages into deliveries failed; trying again at the next run", e);
        }
    }

    /** Returns how many deliveries this call created. */
    @Transactional
    public int expand() {
        int created = 0;
        var now = clock.instant();
        for (NotificationMessage message : messages.claimUnexpanded()) {
            String filter = message.componentFilter() == null ? "" : message.componentFilter();
            created += messages.expandToEmailSubscribers(message.id(), filter, now);
            messages.updateExpandedAt(message.id(), now);
        }
        return created;
    }
}
