package io.herald.component;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A group as the API sends it; {@code components}, when present, lists the ids of its members. */
@Serdeable
public record ComponentGroupInput(
        @Nullable String name,
        @Nullable String description,
        @Nullable Integer position,
        @Nullable List<String> components) {
}
