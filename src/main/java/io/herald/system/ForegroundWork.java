package io.herald.system;

import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets bulk work step aside for a person: when someone signed in changes something (posts an update, say), the
 * delivery threads pause for a moment, so that on a small machine a large fan-out does not slow the very post that
 * the comms role is waiting on. The pause is short and bounded by the time since the request began, so nothing can
 * hold delivery up for long, however many requests come.
 */
@Singleton
public class ForegroundWork {

    /** How long bulk work steps aside after a person's request begins: longer than such a request takes when idle. */
    static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(150);

    private volatile long lastBegan = System.nanoTime() - 2 * WINDOW_NANOS;
    private final AtomicLong noted = new AtomicLong();

    /** A person's request began. */
    public void began() {
        lastBegan = System.nanoTime();
        noted.incrementAndGet();
    }

    /** How many such requests there have been. */
    public long noted() {
        return noted.get();
    }

    /** Waits until the window of the latest request has passed; returns at once when there was none lately. */
    public void stepAside() {
        long left = WINDOW_NANOS - (System.nanoTime() - lastBegan);
        if (left > 0 && left <= WINDOW_NANOS) {
            LockSupport.parkNanos(left);
        }
    }
}
