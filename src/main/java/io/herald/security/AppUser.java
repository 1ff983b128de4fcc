package io.herald.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("app_user")
public record AppUser(@Id @GeneratedValue @Nullable Long id, String email, String name, String passwordHash,
                      Role role, Instant createdAt) {
}
