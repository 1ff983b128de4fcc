package io.herald.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WebhookSubscriberRepository extends CrudRepository<WebhookSubscriber, Long> {

    Optional<WebhookSubscriber> findByToken(String token);

    Optional<WebhookSubscriber> findByUrl(String url);

    List<WebhookSubscriber> findByIdIn(Collection<Long> ids);

    List<WebhookSubscriber> listOrderByIdAsc();

    void updateUnsubscribedAt(@Id Long id, Instant unsubscribedAt);

    void updateConfirmedAt(@Id Long id, Instant confirmedAt);

    @Query(value = "SELECT * FROM webhook_subscriber WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<WebhookSubscriber> findByIdForUpdate(long id);

    @Query(value = "UPDATE webhook_subscriber SET failure_streak = 0 WHERE id IN (:ids) AND failure_streak > 0",
            nativeQuery = true)
    void clearFailures(Collection<Long> ids);

    @Query(value = "UPDATE webhook_subscriber SET failure_streak = :failures, disabled_at = :disabledAt,"
            + " disabled_reason = :reason WHERE id = :id", nativeQuery = true)
    void updateFailures(long id, int failures, @Nullable Instant disabledAt, @Nullable String reason);

    @Query(value = "INSERT IGNORE INTO webhook_subscriber_component (webhook_subscriber_id, component_id)"
            + " VALUES (:subscriberId, :componentId)", nativeQuery = true)
    void addComponent(long subscriberId, long componentId);

    @Query(value = "DELETE FROM webhook_subscriber_component WHERE webhook_subscriber_id = :subscriberId",
            nativeQuery = true)
    void removeComponents(long subscriberId);

    @Query(value = "SELECT component_id FROM webhook_subscriber_component WHERE webhook_subscriber_id = :subscriberId"
            + " ORDER BY component_id", nativeQuery = true)
    List<Long> componentIds(long subscriberId);
}
