package io.herald.incident;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The comms owner should post an update before {@code dueAt}. Published in the transaction that records the
 * reminder, once per due time.
 */
public record UpdateDueSoon(long incidentId, String incidentName, Instant dueAt, @Nullable Long commsUserId,
                            boolean drill) {
}
