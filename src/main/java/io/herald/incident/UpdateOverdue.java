package io.herald.incident;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The update due at {@code dueAt} has not come; the point is told. Published in the transaction that records the
 * reminder, once per due time.
 */
public record UpdateOverdue(long incidentId, String incidentName, Instant dueAt, @Nullable Long pointUserId,
                            boolean drill) {
}
