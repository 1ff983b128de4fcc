package io.herald.notification.outbox;

import io.herald.notification.delivery.Delivery;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/**
 * The deliveries of internal messages, chat messages and reminders, each as one INSERT … SELECT. Severities
 * compare as text: 'SEV1' < 'SEV2' < …, and a group hears of an incident when its severity is at most the
 * group's minimum (SEV1 being the most severe).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StakeholderDeliveryRepository extends GenericRepository<Delivery, Long> {

    /** The public chat channels of the components in :componentFilter, or of all: for the fan-out and its count. */
    String PUBLIC_CHATS = "c.group_id IS NULL AND (c.all_components OR EXISTS (SELECT 1 FROM chat_channel_component cc"
            + " WHERE cc.chat_channel_id = c.id AND FIND_IN_SET(cc.component_id, :componentFilter)))";


    /** Whether any stakeholder group hears of incidents of this severity. */
    @Query(value = "SELECT EXISTS (SELECT 1 FROM stakeholder_group WHERE min_severity >= :severity)", nativeQuery = true)
    boolean anyGroupReachedBy(String severity);

    /** One e-mail per member of a group the severity reaches; a member of two groups gets one. */
    @Query(value = "INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id, state, attempts,"
            + " next_attempt_at, created_at)"
            + " SELECT DISTINCT :messageId, 'EMAIL', m.email, NULL, 'QUEUED', 0, :now, :now"
            + " FROM stakeholder_member m JOIN stakeholder_group g ON g.id = m.group_id"
            + " WHERE g.min_severity >= :severity", nativeQuery = true)
    int expandToMembers(long messageId, String severity, Instant now);

    /** The chat channels of the groups the severity reaches, of an affected component or of all. */
    @Query(value = "INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id, state, attempts,"
            + " next_attempt_at, created_at)"
            + " SELECT :messageId, 'CHAT', c.webhook_url, c.id, 'QUEUED', 0, :now, :now"
            + " FROM chat_channel c JOIN stakeholder_group g ON g.id = c.group_id"
            + " WHERE g.min_severity >= :severity"
            + " AND (c.all_components OR EXISTS (SELECT 1 FROM chat_channel_component cc"
            + " WHERE cc.chat_channel_id = c.id AND FIND_IN_SET(cc.component_id, :componentFilter)))",
            nativeQuery = true)
    int expandToGroupChats(long messageId, String severity, String componentFilter, Instant now);

    /** How many public chat channels {@link #expandToPublicChats} would reach. */
    @Query(value = "SELECT COUNT(*) FROM chat_channel c WHERE " + PUBLIC_CHATS, nativeQuery = true)
    long countPublicChats(String componentFilter);

    /** The public chat channels of an affected component or of all. */
    @Query(value = "INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id, state, attempts,"
            + " next_attempt_at, created_at)"
            + " SELECT :messageId, 'CHAT', c.webhook_url, c.id, 'QUEUED', 0, :now, :now FROM chat_channel c"
            + " WHERE " + PUBLIC_CHATS, nativeQuery = true)
    int expandToPublicChats(long messageId, String componentFilter, Instant now);

    /** One e-mail to one Herald user (a reminder to an incident's owner). */
    @Query(value = "INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id, state, attempts,"
            + " next_attempt_at, created_at)"
            + " SELECT :messageId, 'EMAIL', u.email, NULL, 'QUEUED', 0, :now, :now FROM app_user u WHERE u.id = :userId",
            nativeQuery = true)
    int expandToUser(long messageId, long userId, Instant now);
}
