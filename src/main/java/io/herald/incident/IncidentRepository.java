package io.herald.incident;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IncidentRepository extends CrudRepository<Incident, Long> {

    List<Incident> listOrderByCreatedAtDesc();

    List<Incident> findByDrillOrderByCreatedAtDesc(boolean drill);

    List<Incident> findByDrillAndStatusNotIn(boolean drill, Collection<IncidentStatus> statuses);

    boolean existsByStatusNotIn(Collection<IncidentStatus> statuses);
}
