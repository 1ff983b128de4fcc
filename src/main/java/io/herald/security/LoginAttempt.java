package io.herald.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A failed sign-in, or one whose password is being checked right now (see {@link LoginLimit}). */
@MappedEntity("login_attempt")
record LoginAttempt(@Id @GeneratedValue @Nullable Long id, String account, String client, Instant attemptedAt) {
}
