package io.herald.notification.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The delivering instances and their heartbeats, always in the database's time (NOW(3)). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeliveryInstanceRepository extends GenericRepository<DeliveryInstance, Long> {

    @Query(value = "INSERT INTO delivery_instance (id, started_at, heartbeat_at) VALUES (:id, NOW(3), NOW(3))",
            nativeQuery = true)
    void register(long id);

    /** Returns 0 when the row is gone: the others took this instance for dead and handed its leases back. */
    @Query(value = "UPDATE delivery_instance SET heartbeat_at = NOW(3) WHERE id = :id", nativeQuery = true)
    int beat(long id);

    @Query(value = "SELECT id FROM delivery_instance WHERE heartbeat_at < NOW(3) - INTERVAL :staleMicros MICROSECOND",
            nativeQuery = true)
    List<Long> findStale(long staleMicros);

    /** How long ago (µs) instances beat that have missed a beat but do not yet count as dead. */
    @Query(value = "SELECT TIMESTAMPDIFF(MICROSECOND, heartbeat_at, NOW(3)) FROM delivery_instance"
            + " WHERE heartbeat_at < NOW(3) - INTERVAL :lateMicros MICROSECOND", nativeQuery = true)
    List<Long> silentFor(long lateMicros);

    @Query(value = "DELETE FROM delivery_instance WHERE id IN (:ids)", nativeQuery = true)
    void forget(List<Long> ids);
}
