package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.micronaut.data.event.listeners.PostPersistEventListener;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Wakes the expander and the delivery workers when there is work, instead of leaving it to their next poll, so an
 * update's first messages leave within a fraction of a second. A new outbox row wakes the expander from inside its
 * transaction, before the row can be seen; so for a second after a wake-up the woken thread looks again every few
 * milliseconds, until the commit has landed. The workers of a channel are woken only for that channel's deliveries.
 * Idle, everyone polls every {@code herald.delivery.interval} (for work queued by other instances).
 */
@Singleton
public class DeliverySignal implements PostPersistEventListener<NotificationMessage> {

    private static final long BURST_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long BURST_BEAT_NANOS = Duration.ofMillis(20).toNanos();

    private final Beat expander = new Beat();
    private final Map<Channel, Beat> channels = new EnumMap<>(Channel.class);

    DeliverySignal() {
        for (Channel channel : Channel.values()) {
            channels.put(channel, new Beat());
        }
    }

    @Override
    public void postPersist(NotificationMessage message) {
        expander.wake();
    }

    /** New deliveries of this channel. */
    public void wake(Channel channel) {
        channels.get(channel).wake();
    }

    public void awaitMessages(Duration idle) throws InterruptedException {
        expander.await(idle);
    }

    void awaitDeliveries(Channel channel, Duration idle) throws InterruptedException {
        channels.get(channel).await(idle);
    }

    private static final class Beat {
        private long generation;
        private long burstUntil = System.nanoTime();

        synchronized void wake() {
            generation++;
            burstUntil = System.nanoTime() + BURST_NANOS;
            notifyAll();
        }

        /** Waits for a wake-up, at most {@code idle}, or a short beat while a recent wake-up may not be visible yet. */
        synchronized void await(Duration idle) throws InterruptedException {
            long seen = generation;
            long deadline = System.nanoTime() + (System.nanoTime() - burstUntil < 0 ? BURST_BEAT_NANOS : idle.toNanos());
            long left;
            while (generation == seen && (left = deadline - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
