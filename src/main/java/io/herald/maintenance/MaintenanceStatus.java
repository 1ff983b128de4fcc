package io.herald.maintenance;

import io.herald.system.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** scheduled → in_progress → verifying → completed, as in the Statuspage format; the order is the only way. */
public enum MaintenanceStatus {
    SCHEDULED("Scheduled"),
    IN_PROGRESS("In progress"),
    VERIFYING("Verifying"),
    COMPLETED("Completed");

    private final String label;

    MaintenanceStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** Under way: its components are under maintenance (the v2 API's "active"). */
    public boolean active() {
        return this == IN_PROGRESS || this == VERIFYING;
    }

    public static MaintenanceStatus parse(String field, String value) {
        return Arrays.stream(values()).filter(s -> s.code().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + value
                        + "' is not a maintenance status; use one of scheduled, in_progress, verifying, completed"));
    }

    /**
     * Only forward, possibly skipping steps (scheduled → completed cancels a maintenance that never began);
     * the same status again is an update without a move.
     */
    public static void checkMove(MaintenanceStatus from, MaintenanceStatus to) {
        if (to.ordinal() < from.ordinal()) {
            throw new InvalidInputException("status", "This maintenance is " + from.code()
                    + " and cannot go back to " + to.code() + "; schedule a new maintenance instead");
        }
    }
}
