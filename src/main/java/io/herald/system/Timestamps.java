package io.herald.system;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The API's time format: ISO-8601 with milliseconds and offset, e.g. 2026-11-21T12:00:00.000Z. */
public final class Timestamps {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }
}
