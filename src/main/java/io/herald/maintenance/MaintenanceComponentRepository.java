package io.herald.maintenance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MaintenanceComponentRepository extends CrudRepository<MaintenanceComponent, Long> {

    List<MaintenanceComponent> findByMaintenanceId(long maintenanceId);

    List<MaintenanceComponent> findByMaintenanceIdIn(List<Long> maintenanceIds);

    List<MaintenanceComponent> findByComponentIdIn(List<Long> componentIds);
}
