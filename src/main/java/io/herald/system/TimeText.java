package io.herald.system;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them: always with the zone, e.g. "22 Nov 2026, 14:05 CET". */
public final class TimeText {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private TimeText() {
    }

    public static String shown(@Nullable Instant at, String zone) {
        return at == null ? "" : SHOWN.format(at.atZone(ZoneId.of(zone)));
    }

    /** ISO with offset, for {@code <time datetime>} and scripts. */
    public static String iso(@Nullable Instant at, String zone) {
        return at == null ? "" : at.atZone(ZoneId.of(zone)).toOffsetDateTime().toString();
    }

    /**
     * Reads an {@code <input type="datetime-local">} value in the given zone (the zone the form states) as
     * an ISO time with offset; empty stays empty.
     */
    public static @Nullable String fromLocalInput(String field, @Nullable String local, ZoneId zone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(local.strip()).atZone(zone).toOffsetDateTime().toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + local + "' is not a date and time");
        }
    }

    /** The value of an {@code <input type="datetime-local">} in the given zone. */
    public static String localInput(Instant at, String zone) {
        return LOCAL_INPUT.format(at.atZone(ZoneId.of(zone)));
    }
}
