package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Internal e-mail about an incident: the members of every stakeholder group its severity reaches. */
@Singleton
class StakeholderMembers implements Recipients {

    private final StakeholderDeliveryRepository deliveries;

    StakeholderMembers(StakeholderDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.EMAIL && audience == Audience.INTERNAL;
    }

    // Without a severity the message is not about an incident (a reminder): no group is meant.
    @Override
    public int expand(NotificationMessage message, Instant now) {
        return message.severity() == null ? 0 : deliveries.expandToMembers(message.id(), message.severity(), now);
    }
}
