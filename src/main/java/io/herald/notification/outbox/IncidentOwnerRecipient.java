package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * A reminder's single recipient: the Herald user whose id the message's thread key names ({@value #PREFIX}42),
 * looked up when it is expanded, so the address is the user's current one. Incident messages have other thread
 * keys and get nothing from here.
 */
@Singleton
public class IncidentOwnerRecipient implements Recipients {

    public static final String PREFIX = "user:";

    private final StakeholderDeliveryRepository deliveries;

    IncidentOwnerRecipient(StakeholderDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.EMAIL && audience == Audience.INTERNAL;
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        String key = message.threadKey();
        if (key == null || !key.startsWith(PREFIX)) {
            return 0;
        }
        return deliveries.expandToUser(message.id(), Long.parseLong(key.substring(PREFIX.length())), now);
    }
}
