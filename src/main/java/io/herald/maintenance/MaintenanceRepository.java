package io.herald.maintenance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MaintenanceRepository extends CrudRepository<Maintenance, Long> {

    List<Maintenance> listOrderByScheduledForDescAndIdDesc();

    List<Maintenance> findByStatusOrderByScheduledForAscAndIdAsc(MaintenanceStatus status);

    List<Maintenance> findByIdInAndStatusIn(List<Long> ids, List<MaintenanceStatus> statuses);

    /**
     * The row, locked until the transaction ends: a posted update and the scheduler's automatic moves on the
     * same maintenance take turns, and each sees the status the other left.
     */
    @Query(value = "SELECT * FROM maintenance WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Maintenance> lockById(long id);

    /**
     * Claims maintenances due to start or to complete on their own. SKIP LOCKED lets several Herald instances
     * share the work: a row locked by one is skipped by the others, so each move happens exactly once.
     */
    @Query(value = "SELECT * FROM maintenance WHERE (status = 'SCHEDULED' AND auto_start AND scheduled_for <= :now)"
            + " OR (status IN ('IN_PROGRESS', 'VERIFYING') AND auto_complete AND scheduled_until <= :now)"
            + " ORDER BY scheduled_for, id LIMIT 50 FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Maintenance> claimDue(Instant now);

    /**
     * 1 when this call records the reminder {@code minutes} before the start, 0 when it (or a later, smaller
     * one) was already recorded by another call or instance. The conditional UPDATE is atomic, so this is the
     * once-only test: the stamp only ever goes down, and only while the maintenance is still scheduled.
     */
    @Query(value = "UPDATE maintenance SET last_reminder_minutes = :minutes WHERE id = :id AND status = 'SCHEDULED'"
            + " AND (last_reminder_minutes IS NULL OR last_reminder_minutes > :minutes)", nativeQuery = true)
    int recordReminder(long id, int minutes);
}
