package io.herald.notification.x;

import io.herald.notification.delivery.Delivery;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The X channel's queries: its one delivery per message, and where in its thread a tweet goes. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TweetRepository extends GenericRepository<Delivery, Long> {

    /** A tweet has one recipient, the configured account. */
    @Query(value = "INSERT IGNORE INTO delivery (message_id, channel, recipient, state, attempts, next_attempt_at,"
            + " created_at) VALUES (:messageId, 'TWITTER', 'twitter', 'QUEUED', 0, :now, :now)", nativeQuery = true)
    int queue(long messageId, Instant now);

    /**
     * The delivery of the latest earlier tweet of the thread that can still be replied to: failed ones are
     * passed over, and so are ones counted as sent without an id (a repeat that X refused as a duplicate).
     */
    @Query(value = "SELECT d.* FROM delivery d JOIN notification_message m ON m.id = d.message_id"
            + " WHERE m.thread_key = :threadKey AND m.channel = 'TWITTER' AND m.id < :messageId"
            + " AND d.channel = 'TWITTER' AND d.state <> 'FAILED' AND NOT (d.state = 'SENT' AND d.external_id IS NULL)"
            + " ORDER BY m.id DESC LIMIT 1", nativeQuery = true)
    Optional<Delivery> previousInThread(String threadKey, long messageId);

    /** Earlier tweets of the thread not yet turned into deliveries. */
    @Query(value = "SELECT COUNT(*) FROM notification_message WHERE thread_key = :threadKey AND channel = 'TWITTER'"
            + " AND id < :messageId AND expanded_at IS NULL", nativeQuery = true)
    long unexpandedBefore(String threadKey, long messageId);
}
