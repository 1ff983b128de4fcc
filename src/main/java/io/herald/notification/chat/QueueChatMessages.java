package io.herald.notification.chat;

import io.herald.notification.Announcement;
import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.outbox.AnnouncementAudiences;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes an announcement's chat messages into the outbox, inside the transaction that makes the news: for public
 * channels the public text and the status page link only; for stakeholder channels the briefing too, with the
 * incident's severity, which decides the groups it reaches when it is expanded.
 */
@Singleton
class QueueChatMessages {

    private final AnnouncementAudiences audiences;
    private final NotificationMessageRepository messages;
    private final Clock clock;

    QueueChatMessages(AnnouncementAudiences audiences, NotificationMessageRepository messages, Clock clock) {
        this.audiences = audiences;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(Announcement announcement) {
        for (Audience audience : audiences.of(announcement, Channel.CHAT)) {
            messages.save(audience == Audience.INTERNAL ? briefing(announcement, clock.instant())
                    : message(announcement, clock.instant()));
        }
    }

    private static NotificationMessage message(Announcement a, Instant now) {
        return new NotificationMessage(null, a.source().key(), Channel.CHAT, Audience.PUBLIC, null,
                NotificationMessage.subject(a.name() + ": " + a.status()), a.body() + "\n\n" + a.link(), "",
                a.componentFilter(), a.threadKey(), now, null);
    }

    private static NotificationMessage briefing(Announcement a, Instant now) {
        String text = a.body() + "\n" + a.briefing().asText() + "\n" + a.workspaceLink();
        return new NotificationMessage(null, a.source().key(), Channel.CHAT, Audience.INTERNAL, a.severity(),
                NotificationMessage.subject("[INTERNAL " + a.severity() + "] " + a.name() + ": " + a.status()), text, "",
                a.componentFilter(), a.threadKey(), now, null);
    }
}
