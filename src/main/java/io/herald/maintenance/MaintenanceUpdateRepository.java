package io.herald.maintenance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MaintenanceUpdateRepository extends CrudRepository<MaintenanceUpdate, Long> {

    List<MaintenanceUpdate> findByMaintenanceIdOrderByPublishAtDescAndIdDesc(long maintenanceId);

    List<MaintenanceUpdate> findByMaintenanceIdInOrderByPublishAtDescAndIdDesc(List<Long> maintenanceIds);

    /** Only the tweet id, so that nothing else of the row written meanwhile is overwritten. */
    @Query(value = "UPDATE maintenance_update SET tweet_id = :tweetId WHERE id = :id", nativeQuery = true)
    int recordTweetId(long id, String tweetId);
}
