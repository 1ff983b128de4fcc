package io.herald.notification.announce;

import io.herald.incident.RecordTweet;
import io.herald.maintenance.RecordMaintenanceTweet;
import io.herald.notification.Source;
import io.herald.notification.TweetPosted;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Hands the id of a posted tweet to the feature whose news it told, shown there as {@code tweet_id}. */
@Singleton
class RecordPostedTweet {

    private final RecordTweet incidentTweets;
    private final RecordMaintenanceTweet maintenanceTweets;

    RecordPostedTweet(RecordTweet incidentTweets, RecordMaintenanceTweet maintenanceTweets) {
        this.incidentTweets = incidentTweets;
        this.maintenanceTweets = maintenanceTweets;
    }

    @EventListener
    void on(TweetPosted posted) {
        if (posted.source() instanceof Source.IncidentUpdate update) {
            incidentTweets.record(update.updateId(), posted.tweetId());
        } else if (posted.source() instanceof Source.MaintenanceUpdate update) {
            maintenanceTweets.record(update.updateId(), posted.tweetId());
        }
    }
}
