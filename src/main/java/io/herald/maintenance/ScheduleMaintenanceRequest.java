package io.herald.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A maintenance as the API schedules it (POST /api/v1/maintenances): {@code name}, {@code body} (the first public
 * message), {@code scheduled_for} and {@code scheduled_until} are required; {@code components} lists the ids of the
 * components it puts under maintenance. {@code status} records one that is already under way or over.
 */
@Serdeable
public record ScheduleMaintenanceRequest(
        @Nullable String name,
        @Nullable String body,
        @Nullable List<String> components,
        @Nullable String scheduledFor,
        @Nullable String scheduledUntil,
        @Nullable Boolean autoStart,
        @Nullable Boolean autoComplete,
        @Nullable List<Integer> remindBeforeMinutes,
        @Nullable Boolean deliverNotifications,
        @Nullable String internalNote,
        @Nullable String status) {

    PostMaintenanceUpdateRequest firstUpdate() {
        return new PostMaintenanceUpdateRequest(status, body, internalNote, deliverNotifications);
    }
}
