package io.herald.subscriber;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SubscriberRepository extends CrudRepository<Subscriber, Long> {

    Optional<Subscriber> findByToken(String token);

    Optional<Subscriber> findByEmail(String email);

    List<Subscriber> findByIdIn(List<Long> ids);

    void updateUnsubscribedAt(@Id Long id, Instant unsubscribedAt);

    /** Narrows a subscription to a component (a subscriber of some components, not all). */
    @Query(value = "INSERT IGNORE INTO subscriber_component (subscriber_id, component_id) VALUES (:subscriberId, :componentId)",
            nativeQuery = true)
    void addComponent(long subscriberId, long componentId);

    @Query(value = "DELETE FROM subscriber_component WHERE subscriber_id = :subscriberId", nativeQuery = true)
    void removeComponents(long subscriberId);
}
