package io.herald.notification.delivery;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeliveryRepository extends CrudRepository<Delivery, Long> {

    /** Whether any row of the state is due (for SENDING: its lease ran out); a plain read, which locks nothing. */
    @Query(value = "SELECT EXISTS (SELECT 1 FROM delivery WHERE channel = :channel AND state = :state"
            + " AND next_attempt_at <= :now)", nativeQuery = true)
    boolean anyDue(String channel, String state, Instant now);

    /**
     * Due rows of one state (QUEUED or RETRYING), oldest first; rows another worker holds are skipped. One state per
     * query, so that the index (channel, state, next_attempt_at) yields them in order and the scan stops at the limit:
     * it never walks, nor locks, the rows already sent.
     */
    @Query(value = "SELECT * FROM delivery WHERE channel = :channel AND state = :state AND next_attempt_at <= :now"
            + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Delivery> claimDue(String channel, String state, Instant now, int limit);

    /**
     * Rows whose worker died: their lease ran out. A leased row's next_attempt_at is its lease's end (when it is next
     * up, should its worker not finish), so the index yields exactly the expired ones: the live leases of a fan-out
     * (hundreds of rows) are neither read nor locked by every claim.
     */
    @Query(value = "SELECT * FROM delivery WHERE channel = :channel AND state = 'SENDING' AND next_attempt_at < :now"
            + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Delivery> claimAbandoned(String channel, Instant now, int limit);

    @Query(value = "UPDATE delivery SET state = 'SENDING', lease_until = :leaseUntil, next_attempt_at = :leaseUntil,"
            + " claimed_by = :claimedBy, attempts = attempts + 1 WHERE id IN (:ids)", nativeQuery = true)
    void lease(List<Long> ids, Instant leaseUntil, long claimedBy);

    /**
     * Leases of dead instances made due now, for claimAbandoned to take. Reads only the live leases (SENDING rows not
     * yet due), through the claim index, one range per channel; returns how many rows were handed back.
     */
    @Query(value = "UPDATE delivery SET next_attempt_at = :now WHERE channel IN (:channels) AND state = 'SENDING'"
            + " AND next_attempt_at > :now AND claimed_by IN (:instances)", nativeQuery = true)
    int releaseLeasesOf(List<Long> instances, List<String> channels, Instant now);

    /** Extends a lease still held (same lease_until as given out); returns how many rows were still held. */
    @Query(value = "UPDATE delivery SET lease_until = :renewed, next_attempt_at = :renewed WHERE id IN (:ids)"
            + " AND state = 'SENDING'"
            + " AND lease_until = :held", nativeQuery = true)
    int renewLease(List<Long> ids, Instant held, Instant renewed);

    @Query(value = "UPDATE delivery SET state = 'SENT', sent_at = :at, lease_until = NULL, last_error = NULL"
            + " WHERE id IN (:ids)", nativeQuery = true)
    void markSent(List<Long> ids, Instant at);

    /** Marks sent what a stopped process's journal says it sent, leaving rows already recorded as they are. */
    @Query(value = "UPDATE delivery SET state = 'SENT', sent_at = :at, lease_until = NULL, last_error = NULL"
            + " WHERE id IN (:ids) AND state <> 'SENT'", nativeQuery = true)
    int markSentUnlessRecorded(List<Long> ids, Instant at);

    @Query(value = "UPDATE delivery SET state = 'SENT', sent_at = :at, external_id = :externalId, lease_until = NULL,"
            + " last_error = NULL WHERE id = :id", nativeQuery = true)
    void markSentAs(long id, String externalId, Instant at);

    /** Put back untried, as it was before it was leased (a batch claimed ahead by a worker that is stopping). */
    @Query(value = "UPDATE delivery SET attempts = GREATEST(attempts - 1, 0), state = IF(attempts = 0, 'QUEUED', 'RETRYING'),"
            + " next_attempt_at = :now, lease_until = NULL WHERE id IN (:ids) AND state = 'SENDING'", nativeQuery = true)
    void release(List<Long> ids, Instant now);

    /** Put back untried (its endpoint's circuit is open): the attempt it was leased for does not count. */
    @Query(value = "UPDATE delivery SET state = 'RETRYING', attempts = GREATEST(attempts - 1, 0),"
            + " next_attempt_at = :nextAttemptAt, lease_until = NULL, last_error = :error WHERE id IN (:ids)",
            nativeQuery = true)
    void defer(List<Long> ids, Instant nextAttemptAt, String error);

    @Query(value = "UPDATE delivery SET state = :state, next_attempt_at = :nextAttemptAt, lease_until = NULL,"
            + " last_error = :error WHERE id = :id", nativeQuery = true)
    void markFailed(long id, String state, Instant nextAttemptAt, String error);

    List<Delivery> findByMessageId(long messageId);

    long countByState(DeliveryState state);

    void updateState(@Id Long id, DeliveryState state);
}
