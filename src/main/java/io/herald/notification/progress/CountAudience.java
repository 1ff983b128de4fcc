package io.herald.notification.progress;

import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.outbox.StakeholderDeliveryRepository;
import io.herald.notification.x.TwitterSettings;
import io.herald.system.InvalidInputException;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Who a public update about some components would reach now: the same conditions as the fan-out's, counted. The
 * comms role sees it before posting ("will reach 41,200 e-mail subscribers, 3 webhooks"), so the size of an
 * announcement is never a surprise.
 */
@Singleton
class CountAudience {

    private final NotificationMessageRepository messages;
    private final StakeholderDeliveryRepository chats;
    private final TwitterSettings twitter;

    CountAudience(NotificationMessageRepository messages, StakeholderDeliveryRepository chats, TwitterSettings twitter) {
        this.messages = messages;
        this.chats = chats;
        this.twitter = twitter;
    }

    /** components: component ids separated by commas; empty for an update about no component. */
    AudienceCount count(String components) {
        String filter = components.isBlank() ? "" : Arrays.stream(components.split(",", -1)).map(String::trim)
                .peek(CountAudience::checkId).distinct().collect(Collectors.joining(","));
        return new AudienceCount(messages.countEmailAudience(filter), messages.countWebhookAudience(filter),
                chats.countPublicChats(filter), twitter.configured());
    }

    private static void checkId(String id) {
        if (id.isEmpty()) {
            throw new InvalidInputException("components", "components has an empty item; give ids separated by commas, e.g. 1,2");
        }
        if (!id.matches("\\d{1,18}")) {
            throw new InvalidInputException("components", "'" + id + "' is not a component id; give ids separated by commas");
        }
    }
}
