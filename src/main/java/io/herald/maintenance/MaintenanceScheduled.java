package io.herald.maintenance;

import java.time.Instant;

/** Published inside the scheduling transaction; listeners (fan-out, calendars) act after it commits. */
public record MaintenanceScheduled(long maintenanceId, String name, Instant scheduledFor, Instant scheduledUntil,
                                   boolean deliverNotifications) {
}
