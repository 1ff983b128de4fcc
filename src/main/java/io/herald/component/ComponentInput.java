package io.herald.component;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A component as the API and the admin forms send it. Every field may be absent: POST needs a name,
 * PATCH changes only the fields it carries. Ids and dates are strings, as in the Statuspage format.
 */
@Serdeable
public record ComponentInput(
        @Nullable String name,
        @Nullable String description,
        @Nullable String status,
        @Nullable String groupId,
        @Nullable Integer position,
        @Nullable Boolean showcase,
        @Nullable Boolean onlyShowIfDegraded,
        @Nullable String startDate,
        @Nullable String reason) {

    public static ComponentInput statusOnly(String status, @Nullable String reason) {
        return new ComponentInput(null, null, status, null, null, null, null, null, reason);
    }

    /** True when the request changes more than the status: that is an admin's work, not a responder's. */
    public boolean changesStructure() {
        return name != null || description != null || groupId != null || position != null
                || showcase != null || onlyShowIfDegraded != null || startDate != null;
    }
}
