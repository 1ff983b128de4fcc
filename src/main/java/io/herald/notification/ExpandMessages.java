package io.herald.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns each outbox message into its deliveries, through the {@link Recipients} of its channel and audience.
 * Claiming the message, the INSERT … SELECT and moving its cursor (or stamping {@code expanded_at}) share one
 * transaction, so each slice is expanded exactly once, whichever instance gets it, and a crash half-way rolls back
 * to be done again. INSERT IGNORE makes even a repeat harmless.
 */
@Singleton
public class ExpandMessages {

    /** Subscribers per slice: a few tens of milliseconds of INSERT … SELECT. */
    static final int SLICE = 2000;

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
            while (expand() > 0) {
                // the next slice straight away: the workers are already sending the first ones
            }
        } catch (RuntimeException e) {
            LOG.warn("Expanding messages into deliveries failed; trying again at the next run", e);
        }
    }

    /**
     * One step for each waiting message: the whole message, or the next slice of its large audience (the message
     * stays claimable for the next step until its last slice is done). Returns how many deliveries it created.
     */
    @Transactional
    public int expand() {
        int created = 0;
        var now = clock.instant();
        for (NotificationMessage message : messages.claimUnexpanded()) {
            List<Recipients> serving = recipients.stream()
                    .filter(each -> each.serves(message.channel(), message.audience())).toList();
            Recipients sliced = serving.stream().filter(Recipients::expandsInSlices).findFirst().orElse(null);
            if (sliced != null) {
                long cursor = messages.expandCursor(message.id());
                OptionalLong last = sliced.expandSlice(message, cursor, SLICE, now);
                if (last.isPresent()) {
                    messages.updateExpandCursor(message.id(), last.getAsLong());
                    created += SLICE; // an estimate is enough to keep the loop going
                    continue;
                }
            }
            for (Recipients each : serving) {
                if (each != sliced) {
                    created += each.expand(message, now);
                }
            }
            messages.updateExpandedAt(message.id(), now);
        }
        return created;
    }
}
