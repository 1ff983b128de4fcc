package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Internal chat: the channels of the stakeholder groups the incident's severity reaches. */
@Singleton
class StakeholderChats implements Recipients {

    private final StakeholderDeliveryRepository deliveries;

    StakeholderChats(StakeholderDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.CHAT && audience == Audience.INTERNAL;
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        if (message.severity() == null) {
            return 0;
        }
        String filter = message.componentFilter() == null ? "" : message.componentFilter();
        return deliveries.expandToGroupChats(message.id(), message.severity(), filter, now);
    }
}
