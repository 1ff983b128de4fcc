package io.herald.notification.outbox;

import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.delivery.DeliverySignal;
import io.herald.system.DatabaseSchema;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns each outbox message into its deliveries, through the {@link Recipients} of its channel and audience.
 * Claiming the message, the INSERT … SELECT and moving its cursor (or stamping {@code expanded_at}) share one
 * transaction, so each slice is expanded exactly once, whichever instance gets it, and a crash half-way rolls back
 * to be done again. INSERT IGNORE makes even a repeat harmless. It runs on a thread of its own (on every instance
 * where {@code herald.delivery.enabled}), woken by {@link DeliverySignal} when a message is queued.
 */
@Singleton
public class ExpandMessages {

    /** Subscribers per slice: a few tens of milliseconds of INSERT … SELECT. */
    static final int SLICE = 2000;
    /** The first slice is small, so that the first messages leave as soon as possible. */
    static final int FIRST_SLICE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ExpandMessages.class);

    private final NotificationMessageRepository messages;
    private final List<Recipients> recipients;
    private final DeliverySignal signal;
    private final Duration interval;
    private final boolean enabled;
    private final Clock clock;
    private volatile boolean running = true;

    ExpandMessages(NotificationMessageRepository messages, List<Recipients> recipients, DeliverySignal signal,
                   @Value("${herald.delivery.interval:200ms}") Duration interval,
                   @Value("${herald.delivery.enabled:true}") boolean enabled, Clock clock) {
        this.messages = messages;
        this.recipients = recipients;
        this.signal = signal;
        this.interval = interval;
        this.enabled = enabled;
        this.clock = clock;
    }

    @EventListener
    void start(DatabaseSchema.Ready ready) {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::loop, "expand-messages");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
    }

    private void loop() {
        while (running) {
            try {
                if (expand() > 0) {
                    continue; // the workers start on this slice while the next one is expanded
                }
            } catch (RuntimeException e) {
                LOG.warn("Expanding messages into deliveries failed; trying again shortly", e);
            }
            try {
                signal.awaitMessages(interval);
            } catch (InterruptedException e) {
                return;
            }
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
                OptionalLong last = sliced.expandSlice(message, cursor, cursor == 0 ? FIRST_SLICE : SLICE, now);
                if (last.isPresent()) {
                    messages.updateExpandCursor(message.id(), last.getAsLong());
                    created += SLICE; // an estimate is enough to keep the loop going
                    signal.wake(message.channel());
                    continue;
                }
            }
            for (Recipients each : serving) {
                if (each != sliced) {
                    created += each.expand(message, now);
                }
            }
            signal.wake(message.channel());
            messages.updateExpandedAt(message.id(), now);
        }
        return created;
    }
}
