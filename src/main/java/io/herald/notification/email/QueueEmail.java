package io.herald.notification.email;

import io.herald.notification.Announcement;
import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.outbox.AnnouncementAudiences;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Writes an announcement's e-mails into the outbox, one per audience it reaches, inside the transaction that makes
 * the news: either both happen or neither, so a crash cannot lose the announcement.
 */
@Singleton
class QueueEmail {

    private final AnnouncementAudiences audiences;
    private final ComposeEmail compose;
    private final NotificationMessageRepository messages;
    private final Clock clock;

    QueueEmail(AnnouncementAudiences audiences, ComposeEmail compose, NotificationMessageRepository messages, Clock clock) {
        this.audiences = audiences;
        this.compose = compose;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(Announcement announcement) {
        for (Audience audience : audiences.of(announcement, Channel.EMAIL)) {
            messages.save(compose.compose(announcement, audience, clock.instant()));
        }
    }
}
