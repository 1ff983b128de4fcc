package io.herald.notification.x;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.outbox.Recipients;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Public tweets go to one recipient: the X account Herald posts as. */
@Singleton
class TwitterAccount implements Recipients {

    private final TweetRepository tweets;

    TwitterAccount(TweetRepository tweets) {
        this.tweets = tweets;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.TWITTER && audience == Audience.PUBLIC;
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        return tweets.queue(message.id(), now);
    }
}
