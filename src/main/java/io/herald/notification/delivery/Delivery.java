package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("delivery")
public record Delivery(@Id @GeneratedValue @Nullable Long id, long messageId, Channel channel, String recipient,
                       @Nullable Long subscriberId, DeliveryState state, int attempts, Instant nextAttemptAt,
                       @Nullable Instant leaseUntil, @Nullable String lastError, @Nullable Instant sentAt,
                       @Nullable String externalId,
                       Instant createdAt) {
}
