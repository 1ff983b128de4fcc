package io.herald.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginAttemptRepository extends CrudRepository<LoginAttempt, Long> {

    /** When the account's attempt that is {@code skip} places behind its newest (since then) was made, if any. */
    @Query(value = "SELECT attempted_at FROM login_attempt WHERE account = :account AND attempted_at > :since"
            + " ORDER BY attempted_at DESC LIMIT 1 OFFSET :skip", nativeQuery = true)
    Optional<Instant> findAttemptedAtByAccount(String account, Instant since, int skip);

    /** The same for a client address. */
    @Query(value = "SELECT attempted_at FROM login_attempt WHERE client = :client AND attempted_at > :since"
            + " ORDER BY attempted_at DESC LIMIT 1 OFFSET :skip", nativeQuery = true)
    Optional<Instant> findAttemptedAtByClient(String client, Instant since, int skip);

    void deleteByAccount(String account);

    void deleteByAttemptedAtLessThan(Instant cutoff);
}
