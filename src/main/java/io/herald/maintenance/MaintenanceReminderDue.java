package io.herald.maintenance;

import java.time.Instant;

/**
 * The maintenance starts at {@code scheduledFor}, {@code minutesBefore} minutes after this reminder was due.
 * Published inside the transaction that records it, once per offset, across instances and restarts.
 */
public record MaintenanceReminderDue(long maintenanceId, String name, Instant scheduledFor, int minutesBefore) {
}
