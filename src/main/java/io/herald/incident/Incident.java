package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("incident")
public record Incident(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        IncidentStatus status,
        Impact impact,
        Severity severity,
        boolean drill,
        @Nullable Long pointUserId,
        @Nullable Long commsUserId,
        @Nullable Integer updateIntervalMinutes,
        boolean showNextUpdate,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        @Nullable Instant monitoringAt,
        @Nullable Instant resolvedAt) {

    /** The incident after an update with this status is published at {@code at}. */
    Incident movedTo(IncidentStatus next, Instant at) {
        return new Incident(id, name, next, impact, severity, drill, pointUserId, commsUserId, updateIntervalMinutes,
                showNextUpdate, createdAt, at,
                startedAt,
                next == IncidentStatus.MONITORING && monitoringAt == null ? at : monitoringAt,
                next.closed() ? (resolvedAt == null ? at : resolvedAt) : null);
    }
}
