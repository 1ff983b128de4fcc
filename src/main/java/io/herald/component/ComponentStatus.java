package io.herald.component;

import io.herald.system.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The five states of PRODUCT.md, ordered from best to worst (maintenance sits apart, see PageStatus). */
public enum ComponentStatus {
    OPERATIONAL("Operational"),
    UNDER_MAINTENANCE("Under maintenance"),
    DEGRADED_PERFORMANCE("Degraded performance"),
    PARTIAL_OUTAGE("Partial outage"),
    MAJOR_OUTAGE("Major outage");

    private final String label;

    ComponentStatus(String label) {
        this.label = label;
    }

    /** The API's spelling, e.g. {@code degraded_performance}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static ComponentStatus parse(String field, String value) {
        return Arrays.stream(values())
                .filter(status -> status.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field,
                        "'" + value + "' is not a component status; use one of " + codes()));
    }

    private static String codes() {
        return Arrays.stream(values()).map(ComponentStatus::code).collect(Collectors.joining(", "));
    }
}
