package io.herald.stakeholder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StakeholderGroupRepository extends CrudRepository<StakeholderGroup, Long> {

    List<StakeholderGroup> listOrderByNameAsc();

    boolean existsByName(String name);

    boolean existsByNameAndIdNotEqual(String name, Long id);
}
