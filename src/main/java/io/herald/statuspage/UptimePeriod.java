package io.herald.statuspage;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A component's bars, oldest day first, and its uptime over all of them. */
public record UptimePeriod(List<UptimeDay> days) {

    public UptimePeriod {
        days = List.copyOf(days);
    }

    /**
     * From 0 to 1 over the whole period, second by second (a short day weighs less than a full one, a day before
     * the component existed not at all); null if no day was measured.
     */
    public @Nullable Double uptime() {
        return UptimeBars.uptime(downTenths(), countedSeconds());
    }

    /** e.g. "99.87%", with two decimals as status pages usually give it; null if no day was measured. */
    public @Nullable String uptimePercentText() {
        return UptimeBars.percentText(downTenths(), countedSeconds(), 2);
    }

    /** How the numbers are made, for the page to print beside them. */
    public String method() {
        return UptimeBars.METHOD;
    }

    private long downTenths() {
        return days.stream().mapToLong(UptimeDay::downTenths).sum();
    }

    private long countedSeconds() {
        return days.stream().mapToLong(UptimeDay::countedSeconds).sum();
    }
}
