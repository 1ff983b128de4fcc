package io.herald.statuspage;

import io.herald.component.ComponentStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One bar: a calendar day in the page's zone and the seconds the component spent in each status that day (today:
 * up to now). Everything else is derived from those seconds, so it cannot disagree with them.
 */
public record UptimeDay(LocalDate date, Map<ComponentStatus, Long> secondsByStatus) {

    public enum State {
        /** The component did not exist yet. */
        NO_DATA,
        /** It existed, but only under maintenance, which uptime leaves out. */
        MAINTENANCE_ONLY,
        MEASURED
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Every status is present (0 if not held), in the enum's order. */
    public UptimeDay {
        Map<ComponentStatus, Long> all = new EnumMap<>(ComponentStatus.class);
        for (ComponentStatus status : ComponentStatus.values()) {
            long seconds = secondsByStatus.getOrDefault(status, 0L);
            if (seconds < 0) {
                throw new IllegalArgumentException(status + " held for " + seconds + " seconds");
            }
            all.put(status, seconds);
        }
        secondsByStatus = Collections.unmodifiableMap(all);
    }

    public long seconds(ComponentStatus status) {
        return secondsByStatus.get(status);
    }

    /** The seconds of the day the component existed: 0 before it was created. */
    public long existedSeconds() {
        return secondsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The uptime's denominator: existed minus under maintenance. */
    public long countedSeconds() {
        return secondsByStatus.entrySet().stream().filter(e -> UptimeBars.counted(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The uptime's numerator of down time, e.g. 10 800 for ten hours of partial outage. */
    public double weightedDownSeconds() {
        return downTenths() / 10.0;
    }

    long downTenths() {
        return secondsByStatus.entrySet().stream().mapToLong(e -> UptimeBars.downTenths(e.getKey()) * e.getValue())
                .sum();
    }

    public State state() {
        if (existedSeconds() == 0) {
            return State.NO_DATA;
        }
        return countedSeconds() == 0 ? State.MAINTENANCE_ONLY : State.MEASURED;
    }

    /** From 0 to 1; null unless {@link State#MEASURED}. */
    public @Nullable Double uptime() {
        return UptimeBars.uptime(downTenths(), countedSeconds());
    }

    /** e.g. "99.2%"; null unless {@link State#MEASURED}. */
    public @Nullable String uptimePercentText() {
        return UptimeBars.percentText(downTenths(), countedSeconds(), 1);
    }

    /**
     * The worst status held for some time that day (the enum runs from best to worst, maintenance second as in
     * {@link PageStatus}); null on a day without data.
     */
    public @Nullable ComponentStatus worstStatus() {
        ComponentStatus worst = null;
        for (Map.Entry<ComponentStatus, Long> entry : secondsByStatus.entrySet()) {
            if (entry.getValue() > 0) {
                worst = entry.getKey();
            }
        }
        return worst;
    }

    /** For the bar's hover/tap detail, e.g. "21 Nov 2026: 99.2% uptime — partial outage 1 h 10 min". */
    public String detail() {
        String day = DATE.format(date) + ": ";
        return switch (state()) {
            case NO_DATA -> day + "No data";
            case MAINTENANCE_ONLY -> day + "Maintenance only";
            case MEASURED -> day + uptimePercentText() + " uptime" + troubles();
        };
    }

    // Every status but operational, worst first, e.g. " — major outage 6 h, under maintenance 2 h".
    private String troubles() {
        List<ComponentStatus> worstFirst = new ArrayList<>(secondsByStatus.keySet());
        Collections.reverse(worstFirst);
        String listed = worstFirst.stream()
                .filter(status -> status != ComponentStatus.OPERATIONAL && seconds(status) > 0)
                .map(status -> status.label().toLowerCase(Locale.ENGLISH) + " " + durationText(seconds(status)))
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "" : " — " + listed;
    }

    /** To the nearest minute, e.g. "1 h 10 min", "6 h", "45 min"; "< 1 min" rather than nothing. */
    static String durationText(long seconds) {
        long minutes = (seconds + 30) / 60;
        if (minutes == 0) {
            return "< 1 min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
