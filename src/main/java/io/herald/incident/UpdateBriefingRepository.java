package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UpdateBriefingRepository extends GenericRepository<UpdateBriefing, Long> {

    Optional<UpdateBriefing> findById(Long id);

    @Query(value = "UPDATE incident_update SET business_impact = :businessImpact, next_steps = :nextSteps"
            + " WHERE id = :id", nativeQuery = true)
    void updateBriefing(long id, @Nullable String businessImpact, @Nullable String nextSteps);
}
