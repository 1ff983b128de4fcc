package io.herald.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A planned window of work. The table's {@code last_reminder_minutes} is deliberately not mapped here: only
 * {@link MaintenanceRepository#recordReminder} writes it, so saving this record can never undo a reminder stamp.
 */
@MappedEntity("maintenance")
public record Maintenance(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        MaintenanceStatus status,
        Instant scheduledFor,
        Instant scheduledUntil,
        boolean autoStart,
        boolean autoComplete,
        String remindBeforeMinutes,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt) {

    /** The reminder offsets in minutes before {@link #scheduledFor}, largest first. */
    public List<Integer> reminderOffsets() {
        return remindBeforeMinutes.isBlank() ? List.of()
                : Arrays.stream(remindBeforeMinutes.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    static String reminderColumn(List<Integer> largestFirst) {
        return String.join(",", largestFirst.stream().map(String::valueOf).toList());
    }

    /** The maintenance after an update with this status is posted at {@code at}. */
    Maintenance movedTo(MaintenanceStatus next, Instant at) {
        return new Maintenance(id, name, next, scheduledFor, scheduledUntil, autoStart, autoComplete,
                remindBeforeMinutes, createdAt, at,
                next.active() && startedAt == null ? at : startedAt,
                next == MaintenanceStatus.COMPLETED && completedAt == null ? at : completedAt);
    }
}
