package io.herald.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("api_token")
public record ApiToken(@Id @GeneratedValue @Nullable Long id, String name, String tokenHash, Role role,
                       String createdBy, Instant createdAt, @Nullable Instant expiresAt,
                       @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
