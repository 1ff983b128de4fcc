package io.herald.notification.webhook;

import io.herald.notification.Announcement;
import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.outbox.AnnouncementAudiences;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Writes an announcement's webhook body into the outbox, inside the transaction that makes the news: for webhook
 * subscribers of the components concerned, or, for a drill, for the drill webhooks alone.
 */
@Singleton
class QueueWebhooks {

    private final AnnouncementAudiences audiences;
    private final WebhookPayloads payloads;
    private final NotificationMessageRepository messages;
    private final Clock clock;

    QueueWebhooks(AnnouncementAudiences audiences, WebhookPayloads payloads, NotificationMessageRepository messages,
                  Clock clock) {
        this.audiences = audiences;
        this.payloads = payloads;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(Announcement announcement) {
        if (announcement.payload() == null) {
            return; // nothing to send as data
        }
        String subject = announcement.source().label() + ": " + announcement.name();
        for (Audience audience : audiences.of(announcement, Channel.WEBHOOK)) {
            boolean drill = audience == Audience.DRILL;
            messages.save(NotificationMessage.of(announcement.source().key(), Channel.WEBHOOK, audience,
                    NotificationMessage.subject(drill ? "[DRILL] " + subject : subject),
                    drill ? payloads.drill(announcement.payload()) : payloads.of(announcement.payload()), "",
                    drill ? null : announcement.componentFilter(), clock.instant()));
        }
    }
}
