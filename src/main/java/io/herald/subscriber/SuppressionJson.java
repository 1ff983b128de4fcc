package io.herald.subscriber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
record SuppressionJson(String id, String email, String reason, @Nullable String detail, Instant createdAt) {

    static SuppressionJson of(Suppression s) {
        return new SuppressionJson(String.valueOf(s.id()), s.email(), s.reason(), s.detail(), s.createdAt());
    }
}
