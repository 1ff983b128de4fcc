package io.herald.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserSessionRepository extends CrudRepository<UserSession, String> {

    void deleteByExpiresAtLessThan(Instant now);

    void deleteByUserId(long userId);
}
