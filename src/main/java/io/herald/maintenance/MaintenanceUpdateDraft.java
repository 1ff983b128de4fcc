package io.herald.maintenance;

import io.micronaut.core.annotation.Nullable;

/** A checked update, ready to be stored. */
record MaintenanceUpdateDraft(MaintenanceStatus status, String body, @Nullable String internalNote,
                              boolean deliverNotifications) {
}
