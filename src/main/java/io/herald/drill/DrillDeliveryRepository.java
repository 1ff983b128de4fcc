package io.herald.drill;

import io.herald.notification.progress.FailedDelivery;
import io.herald.notification.NotificationMessage;
import io.herald.notification.progress.StateCount;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The deliveries of a drill's messages: those announcing its updates (source {@code incident_update:<id>}) to the
 * drill audience, found from the incident in one join, whatever the number of updates.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DrillDeliveryRepository extends GenericRepository<NotificationMessage, Long> {

    String OF_DRILL = " FROM incident_update u JOIN notification_message m ON m.source = CONCAT('incident_update:', u.id)"
            + " AND m.audience = 'DRILL' JOIN delivery d ON d.message_id = m.id WHERE u.incident_id = :incidentId";

    @Query(value = "SELECT d.channel AS channel, d.state AS state, COUNT(*) AS deliveries" + OF_DRILL
            + " GROUP BY d.channel, d.state ORDER BY d.channel, d.state", nativeQuery = true)
    List<StateCount> countByState(long incidentId);

    @Query(value = "SELECT d.id AS id, d.channel AS channel, d.recipient AS recipient, d.attempts AS attempts,"
            + " d.last_error AS last_error" + OF_DRILL + " AND d.state = 'FAILED' ORDER BY d.id LIMIT :limit",
            nativeQuery = true)
    List<FailedDelivery> failures(long incidentId, int limit);
}
