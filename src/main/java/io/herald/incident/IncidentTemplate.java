package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code components} holds "id=status" pairs separated by commas, e.g. "3=partial_outage,4=degraded_performance". */
@MappedEntity("incident_template")
public record IncidentTemplate(@Id @GeneratedValue @Nullable Long id, String name, String title, String body,
                               IncidentStatus status, Impact impact, Severity severity, @Nullable String components,
                               Instant createdAt) {
}
