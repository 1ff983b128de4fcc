package io.herald.incident;

import io.herald.system.InvalidInputException;

import java.util.Arrays;

/** Internal severity; it never appears on a public output. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4;

    public String code() {
        return name();
    }

    public static Severity parse(String field, String value) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + value + "' is not a severity; use SEV1, SEV2, SEV3 or SEV4"));
    }
}
