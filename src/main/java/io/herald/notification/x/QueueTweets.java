package io.herald.notification.x;

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
 * Writes an announcement's tweet into the outbox, in the transaction that makes the news. The tweets of one incident
 * (or maintenance) share its thread key, so that each is posted as a reply to the one before. Nothing is queued
 * while no X account is set up: keys added later must not let loose a backlog of old news.
 */
@Singleton
class QueueTweets {

    private final TwitterSettings settings;
    private final AnnouncementAudiences audiences;
    private final NotificationMessageRepository messages;
    private final Clock clock;

    QueueTweets(TwitterSettings settings, AnnouncementAudiences audiences, NotificationMessageRepository messages,
                Clock clock) {
        this.settings = settings;
        this.audiences = audiences;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(Announcement announcement) {
        if (!settings.configured() || !audiences.of(announcement, Channel.TWITTER).contains(Audience.PUBLIC)) {
            return;
        }
        String tweet = TweetComposer.compose(announcement.headline() + " — " + announcement.status(),
                announcement.body(), announcement.link(), announcement.customTweet());
        messages.save(new NotificationMessage(null, announcement.source().key(), Channel.TWITTER, Audience.PUBLIC, null,
                NotificationMessage.subject(announcement.headline()), tweet, "", null, announcement.threadKey(),
                clock.instant(), null));
    }
}
