package io.herald.notification;

import io.micronaut.data.event.listeners.PostPersistEventListener;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Wakes the expander and the delivery workers when there is work, instead of leaving it to their next poll, so an
 * update's first messages leave within a fraction of a second. A new outbox row wakes them from inside its
 * transaction, before it can be seen; so for a second after a wake-up they look again every few milliseconds, until
 * the commit has landed. Idle, they poll only every {@code herald.delivery.interval} (work from other instances).
 */
@Singleton
class DeliverySignal implements PostPersistEventListener<NotificationMessage> {

    private static final long BURST_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long BURST_BEAT_MILLIS = 20;

    private final Object monitor = new Object();
    private long generation;
    private volatile long burstUntil = System.nanoTime();

    @Override
    public void postPersist(NotificationMessage message) {
        wake();
    }

    void wake() {
        synchronized (monitor) {
            generation++;
            burstUntil = System.nanoTime() + BURST_NANOS;
            monitor.notifyAll();
        }
    }

    /** Waits for a wake-up, at most {@code idle}, or a short beat while a recent wake-up may not be visible yet. */
    void await(Duration idle) throws InterruptedException {
        synchronized (monitor) {
            long seen = generation;
            long waitNanos = System.nanoTime() - burstUntil < 0 ? BURST_BEAT_MILLIS * 1_000_000 : idle.toNanos();
            long deadline = System.nanoTime() + waitNanos;
            long left;
            while (generation == seen && (left = deadline - System.nanoTime()) > 0) {
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
