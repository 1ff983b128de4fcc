package io.herald.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Turns each outbox message into its deliveries, through the {@link Recipients} of its channel and audience.
 * Claiming the message and stamping {@code expanded_at} share one transaction with the INSERT … SELECT, so a
 * message is expanded exactly once, whichever instance gets it, and a crash half-way rolls back to be done again.
 */
@Singleton
public class ExpandMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ExpandMessages.class);

    private final NotificationMessageRepository messages;
    private final List<Recipients> recipients;
    private final Clock clock;

    ExpandMessages(NotificationMessageRepository messages, List<Recipients> recipients, Clock clock) {
        this.messages = messages;
        this.recipients = recipients;
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
            for (Recipients each : recipients) {
                if (each.serves(message.channel(), message.audience())) {
                    created += each.expand(message, now);
                }
            }
            messages.updateExpandedAt(message.id(), now);
        }
        return created;
    }
}
