package io.herald.incident;

import io.herald.system.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

public enum IncidentStatus {
    INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED, POSTMORTEM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public boolean closed() {
        return this == RESOLVED || this == POSTMORTEM;
    }

    public static IncidentStatus parse(String field, String value) {
        return Arrays.stream(values()).filter(s -> s.code().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + value
                        + "' is not an incident status; use one of investigating, identified, monitoring, resolved"));
    }

    /** Refuses moves that would rewrite history; reopening a closed incident is a new incident. */
    public static void checkMove(IncidentStatus from, IncidentStatus to) {
        if (to == POSTMORTEM) {
            throw new InvalidInputException("status", "The postmortem status is set by publishing a postmortem");
        }
        if (from.closed() && !to.closed()) {
            throw new InvalidInputException("status", "This incident is " + from.code()
                    + " and cannot go back to " + to.code() + "; open a new incident instead");
        }
    }
}
