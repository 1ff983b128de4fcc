package io.herald.incident;

import java.util.Locale;

/** The public impact of an incident, as in the Statuspage format. */
public enum Impact {
    NONE, MINOR, MAJOR, CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
