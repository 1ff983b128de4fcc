package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.OptionalLong;

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
        return (int) messages.expandToEmailSubscribers(message.id(), filter(message), 0, Long.MAX_VALUE, now);
    }

    @Override
    public boolean expandsInSlices() {
        return true;
    }

    @Override
    public OptionalLong expandSlice(NotificationMessage message, long afterId, int limit, Instant now) {
        Long last = messages.lastSubscriberIdOfSlice(afterId, limit);
        if (last == null) {
            return OptionalLong.empty();
        }
        messages.expandToEmailSubscribers(message.id(), filter(message), afterId, last, now);
        return OptionalLong.of(last);
    }

    private static String filter(NotificationMessage message) {
        return message.componentFilter() == null ? "" : message.componentFilter();
    }
}
