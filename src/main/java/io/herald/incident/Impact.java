package io.herald.incident;

import io.herald.system.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** The public impact of an incident, as in the Statuspage format. */
public enum Impact {
    NONE, MINOR, MAJOR, CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Impact parse(String field, String value) {
        return Arrays.stream(values()).filter(i -> i.code().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field,
                        "'" + value + "' is not an impact; use one of none, minor, major, critical"));
    }
}
