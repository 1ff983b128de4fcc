package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Who receives a message of one channel and audience: turns the message into one QUEUED delivery per
 * recipient, as one INSERT … SELECT so that the recipients stream through the database, never through
 * Herald's memory. INSERT IGNORE on (message, channel, recipient) makes a repeat harmless.
 */
public interface Recipients {

    /** Whether this finds the recipients of messages of this channel and audience. */
    boolean serves(Channel channel, Audience audience);

    /** Creates the deliveries; returns how many. */
    int expand(NotificationMessage message, Instant now);

    /**
     * For audiences that can be large: creates the deliveries of the next slice, recipients with ids after
     * {@code afterId}, at most {@code limit} of them, and returns the last id covered, or empty when none was left.
     * Each slice commits on its own, so sending starts while the rest is still being expanded.
     */
    default OptionalLong expandSlice(NotificationMessage message, long afterId, int limit, Instant now) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " expands in one go");
    }

    default boolean expandsInSlices() {
        return false;
    }
}
