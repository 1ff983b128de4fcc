package io.herald.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("user_session")
record UserSession(@Id String tokenHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt) {
}
