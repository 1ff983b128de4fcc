package io.herald.notification.delivery;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A running Herald that delivers, as its heartbeat tells the others (see {@link DeliveryInstances}). */
@MappedEntity("delivery_instance")
record DeliveryInstance(@Id long id, Instant startedAt, Instant heartbeatAt) {
}
