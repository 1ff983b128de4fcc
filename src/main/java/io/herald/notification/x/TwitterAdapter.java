package io.herald.notification.x;

import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.delivery.ChannelAdapter;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryFailure;
import io.herald.notification.delivery.DeliveryState;
import io.herald.notification.Source;
import io.herald.notification.TweetPosted;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tweets public updates from the configured X account, each as a reply to the tweet before it in its
 * incident's thread. A thread is posted in order: a tweet whose predecessor is not out yet waits its turn
 * ({@link DeliveryFailure#notYet}). The thread is looked up when the tweet is sent rather than once per
 * batch, as the predecessor may be sent earlier in the same batch; tweets are few, so the query is cheap.
 */
@Singleton
class TwitterAdapter implements ChannelAdapter<Void> {

    static final Duration WAIT_FOR_THREAD = Duration.ofSeconds(1);

    private final TwitterSettings settings;
    private final TweetRepository tweets;
    private final XApi x;
    private final ApplicationEventPublisher<TweetPosted> posted;
    private final Clock clock;

    TwitterAdapter(TwitterSettings settings, TweetRepository tweets, XApi x, ApplicationEventPublisher<TweetPosted> posted,
                   Clock clock) {
        this.settings = settings;
        this.tweets = tweets;
        this.x = x;
        this.posted = posted;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.TWITTER;
    }

    @Override
    public int batchSize() {
        return 10;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public Void prepare(List<Delivery> batch, Map<Long, NotificationMessage> messages) {
        return null;
    }

    @Override
    public String endpoint(Delivery delivery, NotificationMessage message) {
        return URI.create(settings.apiUrl()).getHost();
    }

    @Override
    public String send(Delivery delivery, NotificationMessage message, Void prepared) throws DeliveryFailure {
        String replyTo = message.threadKey() == null ? null : previousTweet(message);
        Optional<String> tweetId = x.post(message.textBody(), replyTo, delivery.attempts() > 0);
        tweetId.ifPresent(id -> Source.ofUpdate(message.source()).ifPresent(source ->
                posted.publishEvent(new TweetPosted(source, id))));
        return tweetId.orElse(null);
    }

    /** The id of the tweet to reply to, or null for the first of a thread; waits while that tweet is not out. */
    private String previousTweet(NotificationMessage message) throws DeliveryFailure {
        Optional<Delivery> previous = tweets.previousInThread(message.threadKey(), message.id());
        if (previous.isPresent()) {
            if (previous.get().state() != DeliveryState.SENT) {
                throw DeliveryFailure.notYet("Waiting for the previous tweet of the thread (delivery "
                        + previous.get().id() + ")", clock.instant().plus(WAIT_FOR_THREAD));
            }
            return previous.get().externalId();
        }
        if (tweets.unexpandedBefore(message.threadKey(), message.id()) > 0) {
            throw DeliveryFailure.notYet("Waiting for the previous tweet of the thread to be queued",
                    clock.instant().plus(WAIT_FOR_THREAD));
        }
        return null;
    }
}
