package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("incident_update_edit")
public record UpdateEdit(@Id @GeneratedValue @Nullable Long id, long updateId, String oldBody, String editedBy,
                         Instant editedAt) {
}
