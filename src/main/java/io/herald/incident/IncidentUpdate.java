package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("incident_update")
public record IncidentUpdate(
        @Id @GeneratedValue @Nullable Long id,
        long incidentId,
        IncidentStatus status,
        String body,
        @Nullable String internalNote,
        boolean deliverNotifications,
        @Nullable String customTweet,
        @Nullable String tweetId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishAt,
        @Nullable Instant publishedAt,
        @Nullable Instant cancelledAt) {

    public boolean published() {
        return publishedAt != null;
    }

    IncidentUpdate publishedAt(Instant at) {
        return new IncidentUpdate(id, incidentId, status, body, internalNote, deliverNotifications, customTweet, tweetId,
                createdBy, createdAt, at, publishAt, at, cancelledAt);
    }
}
