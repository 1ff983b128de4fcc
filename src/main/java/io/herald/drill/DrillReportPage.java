package io.herald.drill;

import io.herald.security.Viewer;
import io.herald.system.TimeText;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What drill-report.jte shows: the report, or why there is none; times in the page's zone. */
public record DrillReportPage(Viewer viewer, long incidentId, @Nullable DrillReport report, @Nullable String error,
                              String zone) {

    /** An ISO time of the report as people read it, with the zone. */
    public String shown(@Nullable String iso) {
        return iso == null ? "" : TimeText.shown(Instant.parse(iso), zone);
    }

    /** Seconds as "1 h 05 min", "4 min 00 s" or "40 s". */
    public static String duration(@Nullable Long seconds) {
        if (seconds == null) {
            return "—";
        }
        if (seconds >= 3600) {
            return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format("%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }
}
