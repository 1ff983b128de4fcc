package io.herald.maintenance;

import java.time.Instant;

/** The maintenance began and its components went under maintenance. Exactly once per maintenance. */
public record MaintenanceStarted(long maintenanceId, String name, Instant at, boolean automatic) {
}
