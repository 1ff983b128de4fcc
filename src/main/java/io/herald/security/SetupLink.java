package io.herald.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("setup_link")
record SetupLink(@Id String tokenHash, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
}
