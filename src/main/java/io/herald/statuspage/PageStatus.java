package io.herald.statuspage;

import io.herald.component.ComponentStatus;
import io.herald.incident.Impact;

import java.util.Collection;
import java.util.Locale;

/** The page's overall status: the worst of its visible components and unresolved incidents. */
public record PageStatus(Indicator indicator, String description) {

    public enum Indicator {
        NONE, MINOR, MAJOR, CRITICAL, MAINTENANCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final PageStatus OPERATIONAL = new PageStatus(Indicator.NONE, "All Systems Operational");
    static final PageStatus MAINTENANCE = new PageStatus(Indicator.MAINTENANCE, "Service Under Maintenance");
    static final PageStatus DEGRADED = new PageStatus(Indicator.MINOR, "Partially Degraded Service");
    static final PageStatus PARTIAL_OUTAGE = new PageStatus(Indicator.MAJOR, "Partial System Outage");
    static final PageStatus MAJOR_OUTAGE = new PageStatus(Indicator.MAJOR, "Major System Outage");
    static final PageStatus CRITICAL = new PageStatus(Indicator.CRITICAL, "Major System Outage");

    // From best to worst: the roll-up is the worst entry any input reaches.
    private static final PageStatus[] LADDER = {OPERATIONAL, MAINTENANCE, DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE, CRITICAL};

    public static PageStatus rollUp(Collection<ComponentStatus> visibleComponents, Collection<Impact> unresolvedIncidents) {
        int worst = 0;
        for (ComponentStatus status : visibleComponents) {
            worst = Math.max(worst, rank(status));
        }
        for (Impact impact : unresolvedIncidents) {
            worst = Math.max(worst, rank(impact));
        }
        return LADDER[worst];
    }

    private static int rank(ComponentStatus status) {
        return switch (status) {
            case OPERATIONAL -> 0;
            case UNDER_MAINTENANCE -> 1;
            case DEGRADED_PERFORMANCE -> 2;
            case PARTIAL_OUTAGE -> 3;
            case MAJOR_OUTAGE -> 4;
        };
    }

    private static int rank(Impact impact) {
        return switch (impact) {
            case NONE -> 0;
            case MINOR -> 2;
            case MAJOR -> 3;
            case CRITICAL -> 5;
        };
    }
}
