package io.herald.notification;

import jakarta.inject.Singleton;

import java.time.Instant;

/** Public e-mail: confirmed, not unsubscribed, not suppressed subscribers of an affected component or of everything. */
@Singleton
class EmailSubscribers implements Recipients {

    private final NotificationMessageRepository messages;

    EmailSubscribers(NotificationMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.EMAIL && audience == Audience.PUBLIC;
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        String filter = message.componentFilter() == null ? "" : message.componentFilter();
        return messages.expandToEmailSubscribers(message.id(), filter, now);
    }
}
