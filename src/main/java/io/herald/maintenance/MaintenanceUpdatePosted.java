package io.herald.maintenance;

/**
 * A public update was posted (by a person, or by the scheduler starting or completing the maintenance).
 * Published inside the transaction, once per update; the fan-out delivers it after commit when
 * {@code deliverNotifications} is set.
 */
public record MaintenanceUpdatePosted(long maintenanceId, long updateId, MaintenanceStatus status,
                                      boolean deliverNotifications) {
}
