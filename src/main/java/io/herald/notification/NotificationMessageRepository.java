package io.herald.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NotificationMessageRepository extends CrudRepository<NotificationMessage, Long> {

    /**
     * Who hears of a public message about the components in :componentFilter, one statement for the fan-out
     * and the same for the audience count shown before posting, so that the two cannot disagree.
     */
    String EMAIL_AUDIENCE = "s.confirmed_at IS NOT NULL AND s.unsubscribed_at IS NULL AND s.suppressed_at IS NULL"
            + " AND (s.all_components OR EXISTS (SELECT 1 FROM subscriber_component sc"
            + " WHERE sc.subscriber_id = s.id AND FIND_IN_SET(sc.component_id, :componentFilter)))";
    String WEBHOOK_AUDIENCE = "w.confirmed_at IS NOT NULL AND w.unsubscribed_at IS NULL AND w.disabled_at IS NULL"
            + " AND (w.all_components OR EXISTS (SELECT 1 FROM webhook_subscriber_component wc"
            + " WHERE wc.webhook_subscriber_id = w.id AND FIND_IN_SET(wc.component_id, :componentFilter)))";

    @Query(value = "SELECT * FROM notification_message WHERE expanded_at IS NULL ORDER BY id LIMIT 10"
            + " FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<NotificationMessage> claimUnexpanded();

    /**
     * One delivery per active e-mail subscriber who wants this message, in one statement: the database
     * streams the subscribers, so a hundred thousand of them never pass through Herald's memory.
     */
    @Query(value = "INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id, state, attempts,"
            + " next_attempt_at, created_at)"
            + " SELECT :messageId, 'EMAIL', s.email, s.id, 'QUEUED', 0, :now, :now FROM subscriber s"
            + " WHERE s.id > :afterId AND s.id <= :throughId"
            + " AND " + EMAIL_AUDIENCE, nativeQuery = true)
    long expandToEmailSubscribers(long messageId, String componentFilter, long afterId, long throughId, Instant now);

    /** The id that ends the next slice of at most {@code limit} subscribers after {@code afterId}; null when none is left. */
    @Query(value = "SELECT MAX(id) FROM (SELECT id FROM subscriber WHERE id > :afterId ORDER BY id LIMIT :limit) slice"
            + " HAVING MAX(id) IS NOT NULL", nativeQuery = true)
    @Nullable
    Long lastSubscriberIdOfSlice(long afterId, int limit);

    @Query(value = "SELECT COALESCE(expand_cursor, 0) FROM notification_message WHERE id = :id", nativeQuery = true)
    long expandCursor(long id);

    @Query(value = "UPDATE notification_message SET expand_cursor = :cursor WHERE id = :id", nativeQuery = true)
    void updateExpandCursor(long id, long cursor);

    /** How many e-mail subscribers {@link #expandToEmailSubscribers} would reach, for the post form's audience line. */
    @Query(value = "SELECT COUNT(*) FROM subscriber s WHERE " + EMAIL_AUDIENCE, nativeQuery = true)
    long countEmailAudience(String componentFilter);

    /** How many webhooks {@link #expandToWebhookSubscribers} would reach. */
    @Query(value = "SELECT COUNT(*) FROM webhook_subscriber w WHERE " + WEBHOOK_AUDIENCE, nativeQuery = true)
    long countWebhookAudience(String componentFilter);

    /** One delivery per verified, still subscribed webhook that wants this message; recipient is its URL. */
    @Query(value = "INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id, state, attempts,"
            + " next_attempt_at, created_at)"
            + " SELECT :messageId, 'WEBHOOK', w.url, w.id, 'QUEUED', 0, :now, :now FROM webhook_subscriber w"
            + " WHERE " + WEBHOOK_AUDIENCE, nativeQuery = true)
    int expandToWebhookSubscribers(long messageId, String componentFilter, Instant now);

    void updateExpandedAt(@Id Long id, Instant expandedAt);

    List<NotificationMessage> findByIdIn(Collection<Long> ids);
}
