package io.herald.subscriber;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SuppressionRepository extends CrudRepository<Suppression, Long> {

    Optional<Suppression> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Suppression> listOrderByIdDesc();

    List<Suppression> findByEmailIn(Collection<String> emails);

    /** Marks the subscriber (if any) so that fan-out passes over it; a suppression reaches every list at once. */
    @Query(value = "UPDATE subscriber SET suppressed_at = :at WHERE email = :email AND suppressed_at IS NULL",
            nativeQuery = true)
    void markSubscriber(String email, java.time.Instant at);

    @Query(value = "UPDATE subscriber SET suppressed_at = NULL WHERE email = :email", nativeQuery = true)
    void unmarkSubscriber(String email);
}
