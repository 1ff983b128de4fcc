package io.herald.incident;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReminderRepository extends CrudRepository<Reminder, Long> {

    /** 1 when this call recorded the reminder, 0 when another call (or instance) already had. */
    @Query(value = "INSERT IGNORE INTO incident_reminder (incident_id, due_at, kind, created_at)"
            + " VALUES (:incidentId, :dueAt, :kind, :createdAt)", nativeQuery = true)
    int recordOnce(long incidentId, Instant dueAt, String kind, Instant createdAt);

    List<Reminder> findByIncidentIdOrderByCreatedAtDesc(long incidentId);
}
