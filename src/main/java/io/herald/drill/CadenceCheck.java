package io.herald.drill;

import io.herald.incident.IncidentUpdate;
import io.herald.system.Timestamps;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds posted updates against a cadence. Each update is owed within the interval after the one before it, but
 * only while the incident was open: after a resolving update nothing is owed, so neither its gap nor its lateness
 * counts.
 */
final class CadenceCheck {

    private CadenceCheck() {
    }

    record Result(List<DrillReport.UpdateTiming> updates, int onTime, int late, @Nullable Long longestGapSeconds) {
    }

    /** {@code posted}: published updates, oldest first. */
    static Result check(List<IncidentUpdate> posted, Optional<Duration> interval) {
        List<DrillReport.UpdateTiming> timings = new ArrayList<>();
        int onTime = 0;
        int late = 0;
        Long longest = null;
        IncidentUpdate previous = null;
        for (IncidentUpdate update : posted) {
            Long gap = previous == null ? null
                    : Duration.between(previous.publishedAt(), update.publishedAt()).toSeconds();
            Instant due = null;
            Boolean kept = null;
            if (previous != null && !previous.status().closed()) {
                longest = longest == null ? gap : Math.max(longest, gap);
                due = interval.map(previous.publishedAt()::plus).orElse(null);
                kept = due == null ? null : !update.publishedAt().isAfter(due);
            }
            if (kept != null) {
                onTime += kept ? 1 : 0;
                late += kept ? 0 : 1;
            }
            timings.add(new DrillReport.UpdateTiming(String.valueOf(update.id()), update.status().code(),
                    Timestamps.iso(update.publishedAt()), gap, Timestamps.iso(due), kept));
            previous = update;
        }
        return new Result(timings, onTime, late, longest);
    }
}
