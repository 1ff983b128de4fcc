package io.herald.incident;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UpdateEditRepository extends CrudRepository<UpdateEdit, Long> {

    List<UpdateEdit> findByUpdateIdOrderByEditedAtDesc(long updateId);
}
