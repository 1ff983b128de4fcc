package io.herald.notification.progress;

import io.herald.notification.NotificationMessage;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Where the deliveries of one announcement (a message {@code source}) stand, in grouped queries. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeliveryProgressRepository extends GenericRepository<NotificationMessage, Long> {

    @Query(value = "SELECT d.channel AS channel, d.state AS state, COUNT(*) AS deliveries FROM delivery d"
            + " JOIN notification_message m ON m.id = d.message_id WHERE m.source = :source"
            + " GROUP BY d.channel, d.state ORDER BY d.channel, d.state", nativeQuery = true)
    List<StateCount> countByState(String source);

    @Query(value = "SELECT d.id AS id, d.channel AS channel, d.recipient AS recipient, d.attempts AS attempts,"
            + " d.last_error AS last_error FROM delivery d JOIN notification_message m ON m.id = d.message_id"
            + " WHERE m.source = :source AND d.state = 'FAILED' ORDER BY d.id LIMIT :limit", nativeQuery = true)
    List<FailedDelivery> failures(String source, int limit);

    @Query(value = "SELECT d.id AS id, d.channel AS channel, d.recipient AS recipient, d.attempts AS attempts,"
            + " d.last_error AS last_error, d.next_attempt_at AS next_attempt_at FROM delivery d"
            + " JOIN notification_message m ON m.id = d.message_id WHERE m.source = :source AND d.state = 'RETRYING'"
            + " ORDER BY d.next_attempt_at, d.id LIMIT :limit", nativeQuery = true)
    List<RetryingDelivery> retrying(String source, int limit);

    /** Failed deliveries go back to the queue as if new; returns how many. */
    @Query(value = "UPDATE delivery d JOIN notification_message m ON m.id = d.message_id SET d.state = 'QUEUED',"
            + " d.attempts = 0, d.next_attempt_at = :now, d.lease_until = NULL"
            + " WHERE m.source = :source AND d.state = 'FAILED'", nativeQuery = true)
    int requeueFailed(String source, Instant now);
}
