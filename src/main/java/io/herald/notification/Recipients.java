package io.herald.notification;

import java.time.Instant;

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
}
