package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Sends deliveries of one channel. {@link DeliveryWorker} claims the due rows, asks the adapter once per batch
 * for what it needs to look up ({@link #prepare}), then sends each delivery through a circuit breaker kept per
 * {@link #endpoint}, and records the outcome.
 *
 * @param <P> what {@link #prepare} looks up for a batch (subscriber tokens, webhook secrets, …)
 */
public interface ChannelAdapter<P> {

    Channel channel();

    /** Worker threads for this channel on each instance; for e-mail also the SMTP connections held open. */
    default int concurrency() {
        return 1;
    }

    default int batchSize() {
        return 50;
    }

    /** Whether the channel is set up; while it is not, its deliveries wait in the queue. */
    default boolean configured() {
        return true;
    }

    /** Lookups for a whole claimed batch at once, instead of a query per delivery. */
    P prepare(List<Delivery> batch, Map<Long, NotificationMessage> messages);

    /** The far end a delivery goes to, for the circuit breaker: the SMTP server, a webhook's host, the X API. */
    String endpoint(Delivery delivery, NotificationMessage message);

    /**
     * Sends one delivery. Returns the far end's id for what it accepted (a tweet's id), or null.
     * Throws {@link DeliveryFailure} to say whether a retry can help.
     */
    @Nullable
    String send(Delivery delivery, NotificationMessage message, P prepared) throws DeliveryFailure;

    /**
     * Told once a group of outcomes is written: the deliveries that went through, and those that ended as FAILED
     * (refused for good, or out of attempts) with their last failure. For an adapter that keeps count of how its
     * recipients fare; it runs on the recording thread, so it must be quick.
     */
    default void recorded(List<Delivery> delivered, Map<Delivery, DeliveryFailure> failed) {
    }
}
