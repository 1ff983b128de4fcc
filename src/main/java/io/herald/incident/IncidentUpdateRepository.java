package io.herald.incident;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IncidentUpdateRepository extends CrudRepository<IncidentUpdate, Long> {

    List<IncidentUpdate> findByIncidentIdOrderByPublishAtDescAndIdDesc(long incidentId);

    /** Only the column, so that it cannot undo an edit of the same row made meanwhile. */
    @Query(value = "UPDATE incident_update SET tweet_id = :tweetId WHERE id = :id", nativeQuery = true)
    int recordTweetId(long id, String tweetId);

    List<IncidentUpdate> findByIncidentIdInOrderByPublishAtDescAndIdDesc(List<Long> incidentIds);

    /**
     * Claims due timed updates. SKIP LOCKED lets several Herald instances share the work: a row locked
     * by one is skipped by the others, so each update is published exactly once.
     */
    @Query(value = "SELECT * FROM incident_update WHERE published_at IS NULL AND cancelled_at IS NULL"
            + " AND publish_at <= :now ORDER BY publish_at, id LIMIT 50 FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<IncidentUpdate> claimDue(Instant now);
}
