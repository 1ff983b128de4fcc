package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Public chat: the public chat channels of an affected component or of every component. */
@Singleton
class PublicChats implements Recipients {

    private final StakeholderDeliveryRepository deliveries;

    PublicChats(StakeholderDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.CHAT && audience == Audience.PUBLIC;
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        String filter = message.componentFilter() == null ? "" : message.componentFilter();
        return deliveries.expandToPublicChats(message.id(), filter, now);
    }
}
