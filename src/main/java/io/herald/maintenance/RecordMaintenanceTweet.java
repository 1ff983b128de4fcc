package io.herald.maintenance;

import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Keeps the id of the tweet that announced a maintenance update, shown as {@code tweet_id} in the APIs. */
@Singleton
public class RecordMaintenanceTweet {

    private final MaintenanceUpdateRepository updates;
    private final SiteRevision revision;

    RecordMaintenanceTweet(MaintenanceUpdateRepository updates, SiteRevision revision) {
        this.updates = updates;
        this.revision = revision;
    }

    @Transactional
    public void record(long updateId, String tweetId) {
        if (updates.recordTweetId(updateId, tweetId) > 0) {
            revision.bump();
        }
    }
}
