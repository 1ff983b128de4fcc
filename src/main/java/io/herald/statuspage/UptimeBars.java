package io.herald.statuspage;

import io.herald.component.ComponentStatus;
import io.herald.component.ComponentStatusChange;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The uptime bars under a component: one bar per calendar day in the page's zone, from its status history.
 * Pure (no clock, no database) so that the arithmetic can be tested to the second.
 */
public final class UptimeBars {

    /** Printed on the page beside the bars; {@link #downTenths} and {@link #counted} are its arithmetic. */
    public static final String METHOD = "Uptime counts major outage as fully down and partial outage as 30% down; "
            + "degraded performance counts as up; time under maintenance is left out of the calculation. "
            + "Days before a component existed have no data.";

    /** How many days the page shows. */
    public static final int DAYS = 90;

    // Changes made in the same instant keep the order they were made in: ids grow with every insert.
    private static final Comparator<ComponentStatusChange> CHRONOLOGICAL =
            Comparator.comparing(ComponentStatusChange::changedAt)
                    .thenComparing(ComponentStatusChange::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private UptimeBars() {
    }

    /**
     * The last {@code days} calendar days in {@code zone} up to {@code now}, oldest first; today counts up to now.
     * {@code changes} are one component's, in any order: each status holds until the next change, and the earliest
     * change is taken as the creation. So pass the whole history, or at least the last change before the period.
     */
    public static UptimePeriod compute(Collection<ComponentStatusChange> changes, ZoneId zone, Instant now, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (changes.stream().mapToLong(ComponentStatusChange::componentId).distinct().count() > 1) {
            throw new IllegalArgumentException("uptime is computed per component; these changes are of several");
        }
        List<ComponentStatusChange> history = changes.stream().sorted(CHRONOLOGICAL).toList();
        Instant end = wholeSeconds(now);
        LocalDate today = end.atZone(zone).toLocalDate();
        List<UptimeDay> bars = new ArrayList<>(days);
        for (LocalDate date = today.minusDays(days - 1L); !date.isAfter(today); date = date.plusDays(1)) {
            // From zone midnight to zone midnight, so DST days are 23 or 25 hours long.
            Instant from = date.atStartOfDay(zone).toInstant();
            Instant to = min(date.plusDays(1).atStartOfDay(zone).toInstant(), end);
            bars.add(new UptimeDay(date, secondsByStatus(history, from, to)));
        }
        return new UptimePeriod(bars);
    }

    private static Map<ComponentStatus, Long> secondsByStatus(List<ComponentStatusChange> history, Instant from,
                                                              Instant to) {
        Map<ComponentStatus, Long> seconds = new EnumMap<>(ComponentStatus.class);
        for (int i = 0; i < history.size(); i++) {
            Instant since = wholeSeconds(history.get(i).changedAt());
            Instant until = i + 1 < history.size() ? wholeSeconds(history.get(i + 1).changedAt()) : to;
            long overlap = Duration.between(max(since, from), min(until, to)).getSeconds();
            if (overlap > 0) {
                seconds.merge(history.get(i).newStatus(), overlap, Long::sum);
            }
        }
        return seconds;
    }

    // Every boundary cut to the second the same way, so that a day's statuses add up to its length exactly.
    private static Instant wholeSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Tenths of a second down per second in {@code status}: whole numbers keep the sums exact. */
    static long downTenths(ComponentStatus status) {
        return switch (status) {
            case MAJOR_OUTAGE -> 10;
            case PARTIAL_OUTAGE -> 3;
            case OPERATIONAL, DEGRADED_PERFORMANCE, UNDER_MAINTENANCE -> 0;
        };
    }

    /** Whether time in {@code status} is in the denominator at all. */
    static boolean counted(ComponentStatus status) {
        return status != ComponentStatus.UNDER_MAINTENANCE;
    }

    static @Nullable Double uptime(long downTenths, long countedSeconds) {
        return countedSeconds == 0 ? null : 1 - downTenths / (10.0 * countedSeconds);
    }

    /** e.g. "99.2%" with one decimal; rounded down, so that any down time at all never reads 100%. */
    static @Nullable String percentText(long downTenths, long countedSeconds, int decimals) {
        if (countedSeconds == 0) {
            return null;
        }
        long total = 10 * countedSeconds;
        long units = (total - downTenths) * BigDecimal.TEN.pow(decimals + 2).longValueExact() / total;
        return BigDecimal.valueOf(units, decimals).stripTrailingZeros().toPlainString() + "%";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
