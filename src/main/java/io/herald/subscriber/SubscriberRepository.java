package io.herald.subscriber;

import io.micronaut.data.annotation.Id;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SubscriberRepository extends CrudRepository<Subscriber, Long> {

    Optional<Subscriber> findByToken(String token);

    Optional<Subscriber> findByEmail(String email);

    List<Subscriber> findByIdIn(List<Long> ids);

    /** Only the tokens: a fan-out batch needs them for up to a thousand subscribers, and nothing else of the rows. */
    @Query(value = "SELECT id, token FROM subscriber WHERE id IN (:ids)", nativeQuery = true)
    List<SubscriberToken> findTokensByIdIn(List<Long> ids);

    List<Subscriber> findByEmailIn(Collection<String> emails);

    /** A page of the admin list (no count query). */
    List<Subscriber> list(Pageable pageable);

    /** A page of the admin search by address (no count query). */
    List<Subscriber> findByEmailContains(String text, Pageable pageable);

    long countByEmailContains(String text);

    /** The next chunk of the export, after the last id written. */
    List<Subscriber> findByIdGreaterThanOrderByIdAsc(long afterId, Pageable pageable);

    /** Every component's id and name, for imports that name components as the page does. */
    @Query(value = "SELECT id, name FROM component", nativeQuery = true)
    List<ComponentName> componentNames();

    @Introspected
    record ComponentName(long id, String name) {
    }

    @Query(value = "SELECT id FROM component WHERE id IN (:ids)", nativeQuery = true)
    List<Long> existingComponentIds(Collection<Long> ids);

    /** Each subscriber of the list that chose components, as "id=1,2,3" (one query for a page of them). */
    @Query(value = "SELECT CONCAT(subscriber_id, '=', GROUP_CONCAT(component_id ORDER BY component_id))"
            + " FROM subscriber_component WHERE subscriber_id IN (:ids) GROUP BY subscriber_id", nativeQuery = true)
    List<String> componentsOf(Collection<Long> ids);

    @Query(value = "UPDATE subscriber SET confirmed_at = :at WHERE id IN (:ids) AND confirmed_at IS NULL", nativeQuery = true)
    void confirmAll(Collection<Long> ids, Instant at);

    @Query(value = "SELECT COUNT(*) FROM subscriber WHERE confirmed_at IS NOT NULL AND unsubscribed_at IS NULL"
            + " AND suppressed_at IS NULL", nativeQuery = true)
    long countActive();

    @Query(value = "SELECT COUNT(*) FROM subscriber WHERE confirmed_at IS NULL AND unsubscribed_at IS NULL", nativeQuery = true)
    long countUnconfirmed();

    @Query(value = "SELECT COUNT(*) FROM subscriber WHERE unsubscribed_at IS NOT NULL", nativeQuery = true)
    long countUnsubscribed();

    @Query(value = "SELECT COUNT(*) FROM subscriber WHERE suppressed_at IS NOT NULL", nativeQuery = true)
    long countSuppressed();

    void updateUnsubscribedAt(@Id Long id, Instant unsubscribedAt);

    /** Narrows a subscription to a component (a subscriber of some components, not all). */
    @Query(value = "INSERT IGNORE INTO subscriber_component (subscriber_id, component_id) VALUES (:subscriberId, :componentId)",
            nativeQuery = true)
    void addComponent(long subscriberId, long componentId);

    @Query(value = "DELETE FROM subscriber_component WHERE subscriber_id = :subscriberId", nativeQuery = true)
    void removeComponents(long subscriberId);
}
