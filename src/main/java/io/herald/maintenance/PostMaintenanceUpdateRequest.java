package io.herald.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An update as the API sends it (POST /api/v1/maintenances/{id}/updates);
 * without a status the maintenance keeps its own.
 */
@Serdeable
public record PostMaintenanceUpdateRequest(
        @Nullable String status,
        @Nullable String body,
        @Nullable String internalNote,
        @Nullable Boolean deliverNotifications) {
}
