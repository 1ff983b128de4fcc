package io.herald.component;

import java.time.Instant;

/**
 * Published in the transaction that makes the change, so that its announcement is written with it or not at all.
 */
public record ComponentStatusChanged(long componentId, String componentName, ComponentStatus oldStatus,
                                     ComponentStatus newStatus, Instant at, String changedBy) {
}
