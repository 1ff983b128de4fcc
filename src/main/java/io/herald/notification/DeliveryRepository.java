package io.herald.notification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeliveryRepository extends CrudRepository<Delivery, Long> {

    /** Due work, and work whose worker died (its lease ran out); rows another worker holds are skipped. */
    @Query(value = "SELECT * FROM delivery WHERE channel = :channel AND ((state IN ('QUEUED', 'RETRYING')"
            + " AND next_attempt_at <= :now) OR (state = 'SENDING' AND lease_until < :now))"
            + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Delivery> claimDue(String channel, Instant now, int limit);

    @Query(value = "UPDATE delivery SET state = 'SENDING', lease_until = :leaseUntil, attempts = attempts + 1"
            + " WHERE id IN (:ids)", nativeQuery = true)
    void lease(List<Long> ids, Instant leaseUntil);

    /** Extends a lease still held (same lease_until as given out); returns how many rows were still held. */
    @Query(value = "UPDATE delivery SET lease_until = :renewed WHERE id IN (:ids) AND state = 'SENDING'"
            + " AND lease_until = :held", nativeQuery = true)
    int renewLease(List<Long> ids, Instant held, Instant renewed);

    @Query(value = "UPDATE delivery SET state = 'SENT', sent_at = :at, lease_until = NULL, last_error = NULL"
            + " WHERE id IN (:ids)", nativeQuery = true)
    void markSent(List<Long> ids, Instant at);

    @Query(value = "UPDATE delivery SET state = 'SENT', sent_at = :at, external_id = :externalId, lease_until = NULL,"
            + " last_error = NULL WHERE id = :id", nativeQuery = true)
    void markSentAs(long id, String externalId, Instant at);

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
