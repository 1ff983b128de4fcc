package io.herald.incident;

import io.herald.component.ComponentStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("incident_update_component")
public record IncidentUpdateComponent(
        @Id @GeneratedValue @Nullable Long id,
        long updateId,
        long componentId,
        @Nullable ComponentStatus oldStatus,
        ComponentStatus newStatus) {
}
