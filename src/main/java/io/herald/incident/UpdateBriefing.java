package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The internal side of an update, for stakeholders: its internal note, business impact and next steps. A view of
 * incident_update of its own, so that the public {@link IncidentUpdate} never even carries the last two.
 */
@MappedEntity("incident_update")
public record UpdateBriefing(@Id Long id, @Nullable String internalNote, @Nullable String businessImpact,
                             @Nullable String nextSteps) {
}
