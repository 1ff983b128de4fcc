package io.herald.maintenance;

import java.time.Instant;

/**
 * The maintenance is over. {@code cancelled}: it never started in Herald (called off, or recorded after the
 * fact), so no component was touched. Exactly once per maintenance.
 */
public record MaintenanceCompleted(long maintenanceId, String name, Instant at, boolean automatic,
                                   boolean cancelled) {
}
