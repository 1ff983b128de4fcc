package io.herald.system;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks of user input that name the offending API field in their message. */
public final class Fields {

    private Fields() {
    }

    public static String requiredText(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        return optionalText(field, value, max).orElseThrow();
    }

    public static Optional<String> optionalText(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = PrintableText.withNewlines(value.strip());
        PrintableText.firstUnprintable(trimmed).ifPresent(where -> {
            throw new InvalidInputException(field, field + " contains an invisible control character (" + where
                    + ") that pages and feeds cannot show; remove it (it often comes with text pasted from another program)");
        });
        if (trimmed.length() > max) {
            throw new InvalidInputException(field,
                    field + " is " + trimmed.length() + " characters long; the limit is " + max);
        }
        return Optional.of(trimmed);
    }

    /** Ids travel as strings in the API (as in the Statuspage format); empty means "none". */
    public static Optional<Long> optionalId(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not an id");
        }
    }

    public static Optional<LocalDate> optionalDate(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a date like 2026-11-21");
        }
    }

    /** Refuses a field given where it has no effect, rather than dropping it without a word. */
    public static void notApplicable(String field, @Nullable Object value, String why) {
        if (value != null) {
            throw new InvalidInputException(field, field + " " + why);
        }
    }

    /** A yes/no query value: exactly true or false (absent is false), never a guess from anything else. */
    public static boolean flag(String field, @Nullable String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidInputException(field, field + " must be true or false");
    }

    public static int position(String field, @Nullable Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 100_000) {
            throw new InvalidInputException(field, field + " must be between 0 and 100000");
        }
        return value;
    }
}
