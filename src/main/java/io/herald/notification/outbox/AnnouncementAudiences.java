package io.herald.notification.outbox;

import io.herald.notification.Announcement;
import io.herald.notification.Audience;
import io.herald.notification.Channel;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The audiences a channel writes an announcement for: {@link Routing}'s rules, less those nobody is in at the moment
 * (no drill webhook set, no stakeholder group reached by the severity), so the posting request renders nothing for
 * nobody.
 */
@Singleton
public class AnnouncementAudiences {

    private final DrillWebhookSettings drillWebhooks;
    private final StakeholderDeliveryRepository stakeholders;

    AnnouncementAudiences(DrillWebhookSettings drillWebhooks, StakeholderDeliveryRepository stakeholders) {
        this.drillWebhooks = drillWebhooks;
        this.stakeholders = stakeholders;
    }

    public List<Audience> of(Announcement announcement, Channel channel) {
        return Routing.audiences(announcement, channel).stream().filter(audience -> switch (audience) {
            case DRILL -> channel != Channel.WEBHOOK || !drillWebhooks.urls().isEmpty();
            case INTERNAL -> announcement.severity() == null || stakeholders.anyGroupReachedBy(announcement.severity());
            default -> true;
        }).toList();
    }
}
