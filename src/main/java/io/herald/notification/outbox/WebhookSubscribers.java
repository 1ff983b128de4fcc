package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * Public webhooks: verified, not unsubscribed, not disabled webhook subscribers of an affected component or of
 * everything.
 */
@Singleton
class WebhookSubscribers implements Recipients {

    private final NotificationMessageRepository messages;

    WebhookSubscribers(NotificationMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.WEBHOOK && audience == Audience.PUBLIC;
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        String filter = message.componentFilter() == null ? "" : message.componentFilter();
        return messages.expandToWebhookSubscribers(message.id(), filter, now);
    }
}
