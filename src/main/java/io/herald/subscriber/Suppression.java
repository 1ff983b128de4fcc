package io.herald.subscriber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An address Herald does not mail; reason is bounce, complaint or manual. */
@MappedEntity("suppression")
public record Suppression(@Id @GeneratedValue @Nullable Long id, String email, String reason, @Nullable String detail,
                          Instant createdAt) {

    public static final java.util.List<String> REASONS = java.util.List.of("bounce", "complaint", "manual");
}
