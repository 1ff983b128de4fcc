package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("incident_reminder")
public record Reminder(@Id @GeneratedValue @Nullable Long id, long incidentId, Instant dueAt, Kind kind,
                       Instant createdAt) {

    public enum Kind {
        /** To the comms owner, shortly before the next update is due. */
        DUE_SOON,
        /** To the point, when the update is late. */
        OVERDUE
    }
}
