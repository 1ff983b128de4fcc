package io.herald.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("maintenance_component")
public record MaintenanceComponent(
        @Id @GeneratedValue @Nullable Long id,
        long maintenanceId,
        long componentId) {
}
