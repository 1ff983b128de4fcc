package io.herald.statuspage;

import io.herald.component.ComponentStatus;
import io.herald.component.ComponentStatusChange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.herald.component.ComponentStatus.DEGRADED_PERFORMANCE;
import static io.herald.component.ComponentStatus.MAJOR_OUTAGE;
import static io.herald.component.ComponentStatus.OPERATIONAL;
import static io.herald.component.ComponentStatus.PARTIAL_OUTAGE;
import static io.herald.component.ComponentStatus.UNDER_MAINTENANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Known histories, worked out by hand to the second. */
class UptimeTest {

    private static final double EPSILON = 1e-9;
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long DAY = 86_400;
    // Noon: today is half elapsed, and the 89 days before it are whole.
    private static final Instant NOON = at("2026-11-22T12:00Z");
    private static final long PERIOD_SECONDS = 89 * DAY + DAY / 2;

    @Test
    void alwaysOperationalIsAHundredPercent() {
        UptimePeriod period = UptimeBars.compute(createdAt("2026-01-01T00:00Z", OPERATIONAL).changes, UTC, NOON, 90);

        assertEquals(90, period.days().size());
        assertEquals(LocalDate.parse("2026-08-25"), period.days().get(0).date());
        assertEquals(LocalDate.parse("2026-11-22"), period.days().get(89).date());
        for (UptimeDay day : period.days()) {
            assertEquals(UptimeDay.State.MEASURED, day.state());
            assertEquals(1.0, day.uptime(), EPSILON);
            assertEquals(OPERATIONAL, day.worstStatus());
            assertEquals(day.existedSeconds(), day.seconds(OPERATIONAL));
        }
        assertEquals(DAY, day(period, "2026-11-21").existedSeconds());
        assertEquals("21 Nov 2026: 100% uptime", day(period, "2026-11-21").detail());
        assertEquals(1.0, period.uptime(), EPSILON);
        assertEquals("100%", period.uptimePercentText());
        assertEquals(UptimeBars.METHOD, period.method());
    }

    @Test
    void sixHoursOfMajorOutageIsThreeQuartersOfTheDay() {
        UptimePeriod period = UptimeBars.compute(createdAt("2026-01-01T00:00Z", OPERATIONAL)
                .then("2026-11-21T08:00Z", MAJOR_OUTAGE).then("2026-11-21T14:00Z", OPERATIONAL).changes, UTC, NOON, 90);

        UptimeDay outage = day(period, "2026-11-21");
        assertEquals(6 * 3600, outage.seconds(MAJOR_OUTAGE));
        assertEquals(18 * 3600, outage.seconds(OPERATIONAL));
        assertEquals(0.75, outage.uptime(), EPSILON);
        assertEquals(6 * 3600.0, outage.weightedDownSeconds(), EPSILON);
        assertEquals(MAJOR_OUTAGE, outage.worstStatus());
        assertEquals("21 Nov 2026: 75% uptime — major outage 6 h", outage.detail());
        assertEquals(1.0, day(period, "2026-11-20").uptime(), EPSILON);
        assertEquals(OPERATIONAL, day(period, "2026-11-22").worstStatus());
        assertEquals(1 - 6 * 3600.0 / PERIOD_SECONDS, period.uptime(), EPSILON);
        assertEquals("99.72%", period.uptimePercentText());
    }

    @Test
    void tenHoursOfPartialOutageCountThirtyPercentAndDegradedCountsAsUp() {
        UptimePeriod period = UptimeBars.compute(createdAt("2026-01-01T00:00Z", OPERATIONAL)
                .then("2026-11-20T09:00Z", DEGRADED_PERFORMANCE).then("2026-11-20T12:00Z", OPERATIONAL)
                .then("2026-11-21T02:00Z", PARTIAL_OUTAGE).then("2026-11-21T12:00Z", OPERATIONAL).changes,
                UTC, NOON, 90);

        UptimeDay partial = day(period, "2026-11-21");
        assertEquals(10 * 3600, partial.seconds(PARTIAL_OUTAGE));
        assertEquals(1 - 0.3 * 10 / 24, partial.uptime(), EPSILON);
        assertEquals(0.3 * 10 * 3600, partial.weightedDownSeconds(), EPSILON);
        assertEquals(PARTIAL_OUTAGE, partial.worstStatus());
        assertEquals("21 Nov 2026: 87.5% uptime — partial outage 10 h", partial.detail());

        UptimeDay degraded = day(period, "2026-11-20");
        assertEquals(3 * 3600, degraded.seconds(DEGRADED_PERFORMANCE));
        assertEquals(1.0, degraded.uptime(), EPSILON);
        assertEquals(DEGRADED_PERFORMANCE, degraded.worstStatus());
        assertEquals("20 Nov 2026: 100% uptime — degraded performance 3 h", degraded.detail());
        assertEquals(1 - 0.3 * 10 * 3600 / PERIOD_SECONDS, period.uptime(), EPSILON);
    }

    @Test
    void maintenanceIsLeftOutOfTheCalculation() {
        UptimePeriod period = UptimeBars.compute(createdAt("2026-01-01T00:00Z", OPERATIONAL)
                .then("2026-11-20T00:00Z", UNDER_MAINTENANCE).then("2026-11-20T04:00Z", MAJOR_OUTAGE)
                .then("2026-11-20T06:00Z", OPERATIONAL)
                .then("2026-11-21T00:00Z", UNDER_MAINTENANCE).then("2026-11-22T00:00Z", OPERATIONAL).changes,
                UTC, NOON, 90);

        UptimeDay mixed = day(period, "2026-11-20");
        assertEquals(DAY, mixed.existedSeconds());
        assertEquals(DAY - 4 * 3600, mixed.countedSeconds());
        assertEquals(1 - 2 * 3600.0 / (DAY - 4 * 3600), mixed.uptime(), EPSILON);
        assertEquals(0.9, mixed.uptime(), EPSILON);
        assertEquals("20 Nov 2026: 90% uptime — major outage 2 h, under maintenance 4 h", mixed.detail());

        UptimeDay maintenance = day(period, "2026-11-21");
        assertEquals(UptimeDay.State.MAINTENANCE_ONLY, maintenance.state());
        assertEquals(DAY, maintenance.existedSeconds());
        assertEquals(0, maintenance.countedSeconds());
        assertNull(maintenance.uptime());
        assertNull(maintenance.uptimePercentText());
        assertEquals(UNDER_MAINTENANCE, maintenance.worstStatus());
        assertEquals("21 Nov 2026: Maintenance only", maintenance.detail());

        assertEquals(1 - 2 * 3600.0 / (PERIOD_SECONDS - 4 * 3600 - DAY), period.uptime(), EPSILON);
    }

    @Test
    void daysBeforeTheComponentExistedHaveNoData() {
        UptimePeriod period = UptimeBars.compute(createdAt("2026-11-10T18:00Z", OPERATIONAL)
                .then("2026-11-10T19:00Z", MAJOR_OUTAGE).then("2026-11-10T20:00Z", OPERATIONAL).changes,
                UTC, NOON, 90);

        List<UptimeDay> before = period.days().subList(0, 77);
        assertEquals(LocalDate.parse("2026-11-09"), before.get(76).date());
        for (UptimeDay day : before) {
            assertEquals(UptimeDay.State.NO_DATA, day.state());
            assertEquals(0, day.existedSeconds());
            assertNull(day.uptime());
            assertNull(day.worstStatus());
        }
        assertEquals("9 Nov 2026: No data", day(period, "2026-11-09").detail());

        UptimeDay created = day(period, "2026-11-10");
        assertEquals(UptimeDay.State.MEASURED, created.state());
        assertEquals(6 * 3600, created.existedSeconds());
        assertEquals(1 - 1.0 / 6, created.uptime(), EPSILON);
        // From creation only: 6 h on the 10th, 11 whole days, half of today.
        long existed = 6 * 3600 + 11 * DAY + DAY / 2;
        assertEquals(existed, period.days().stream().mapToLong(UptimeDay::existedSeconds).sum());
        assertEquals(1 - 3600.0 / existed, period.uptime(), EPSILON);
    }

    @Test
    void noHistoryAtAllIsNoDataThroughout() {
        UptimePeriod period = UptimeBars.compute(List.of(), UTC, NOON, 90);

        assertEquals(90, period.days().stream().filter(day -> day.state() == UptimeDay.State.NO_DATA).count());
        assertNull(period.uptime());
        assertNull(period.uptimePercentText());
    }

    @Test
    void theDayClocksGoForwardInBerlinHas23Hours() {
        // 01:00 CET to 04:00 CEST is two real hours: 02:00-03:00 does not exist that night.
        Instant created = at("2026-03-01T00:00+01:00");
        Instant now = at("2026-04-15T12:00+02:00");
        UptimePeriod period = UptimeBars.compute(createdAt("2026-03-01T00:00+01:00", OPERATIONAL)
                .then("2026-03-29T01:00+01:00", MAJOR_OUTAGE).then("2026-03-29T04:00+02:00", OPERATIONAL).changes,
                BERLIN, now, 90);

        UptimeDay shortDay = day(period, "2026-03-29");
        assertEquals(23 * 3600, shortDay.existedSeconds());
        assertEquals(2 * 3600, shortDay.seconds(MAJOR_OUTAGE));
        assertEquals(21 * 3600, shortDay.seconds(OPERATIONAL));
        assertEquals(1 - 2.0 / 23, shortDay.uptime(), EPSILON);
        assertEquals("29 Mar 2026: 91.3% uptime — major outage 2 h", shortDay.detail());
        assertEquals(DAY, day(period, "2026-03-28").existedSeconds());
        assertEquals(DAY, day(period, "2026-03-30").existedSeconds());
        assertEquals(Duration.between(created, now).getSeconds(),
                period.days().stream().mapToLong(UptimeDay::existedSeconds).sum());
    }

    @Test
    void theDayClocksGoBackInBerlinHas25Hours() {
        // Midnight CEST to 06:00 CET is seven real hours: 02:00-03:00 happens twice that night.
        Instant created = at("2026-10-01T00:00+02:00");
        Instant now = at("2026-11-05T12:00+01:00");
        UptimePeriod period = UptimeBars.compute(createdAt("2026-10-01T00:00+02:00", OPERATIONAL)
                .then("2026-10-25T00:00+02:00", MAJOR_OUTAGE).then("2026-10-25T06:00+01:00", OPERATIONAL).changes,
                BERLIN, now, 90);

        UptimeDay longDay = day(period, "2026-10-25");
        assertEquals(25 * 3600, longDay.existedSeconds());
        assertEquals(7 * 3600, longDay.seconds(MAJOR_OUTAGE));
        assertEquals(18 * 3600, longDay.seconds(OPERATIONAL));
        assertEquals(0.72, longDay.uptime(), EPSILON);
        assertEquals("25 Oct 2026: 72% uptime — major outage 7 h", longDay.detail());
        assertEquals(DAY, day(period, "2026-10-24").existedSeconds());
        assertEquals(DAY, day(period, "2026-10-26").existedSeconds());
        assertEquals(Duration.between(created, now).getSeconds(),
                period.days().stream().mapToLong(UptimeDay::existedSeconds).sum());
    }

    @Test
    void changesInAnyOrderGiveTheSameBars() {
        List<ComponentStatusChange> inOrder = createdAt("2026-01-01T00:00Z", OPERATIONAL)
                .then("2026-11-20T00:00Z", UNDER_MAINTENANCE).then("2026-11-20T04:00Z", MAJOR_OUTAGE)
                .then("2026-11-20T06:00Z", PARTIAL_OUTAGE).then("2026-11-21T08:00Z", OPERATIONAL).changes;
        List<ComponentStatusChange> shuffled = List.of(inOrder.get(3), inOrder.get(0), inOrder.get(4),
                inOrder.get(2), inOrder.get(1));

        UptimePeriod expected = UptimeBars.compute(inOrder, UTC, NOON, 90);
        assertEquals(expected, UptimeBars.compute(shuffled, UTC, NOON, 90));
        assertEquals(expected, UptimeBars.compute(reversed(inOrder), UTC, NOON, 90));
        assertEquals(18 * 3600, day(expected, "2026-11-20").seconds(PARTIAL_OUTAGE));
        assertEquals(8 * 3600, day(expected, "2026-11-21").seconds(PARTIAL_OUTAGE));
    }

    @Test
    void changesInTheSameInstantTakeTheLastMade() {
        // The outage was corrected within the same instant: it was never held, the later id wins.
        List<ComponentStatusChange> changes = createdAt("2026-01-01T00:00Z", OPERATIONAL)
                .then("2026-11-21T08:00Z", MAJOR_OUTAGE).then("2026-11-21T08:00Z", OPERATIONAL).changes;

        for (List<ComponentStatusChange> given : List.of(changes, reversed(changes))) {
            UptimeDay day = day(UptimeBars.compute(given, UTC, NOON, 90), "2026-11-21");
            assertEquals(0, day.seconds(MAJOR_OUTAGE));
            assertEquals(OPERATIONAL, day.worstStatus());
        }
    }

    @Test
    void aChangeAtMidnightBelongsToTheDayItStarts() {
        Instant now = at("2026-11-22T12:00+01:00");
        UptimePeriod period = UptimeBars.compute(createdAt("2026-11-20T00:00+01:00", OPERATIONAL)
                .then("2026-11-21T00:00+01:00", MAJOR_OUTAGE).then("2026-11-22T00:00+01:00", OPERATIONAL).changes,
                BERLIN, now, 90);

        assertEquals(UptimeDay.State.NO_DATA, day(period, "2026-11-19").state());
        UptimeDay before = day(period, "2026-11-20");
        assertEquals(DAY, before.seconds(OPERATIONAL));
        assertEquals(0, before.seconds(MAJOR_OUTAGE));
        assertEquals(OPERATIONAL, before.worstStatus());
        UptimeDay down = day(period, "2026-11-21");
        assertEquals(DAY, down.seconds(MAJOR_OUTAGE));
        assertEquals(0, down.seconds(OPERATIONAL));
        assertEquals(0.0, down.uptime(), EPSILON);
        assertEquals("21 Nov 2026: 0% uptime — major outage 24 h", down.detail());
        UptimeDay after = day(period, "2026-11-22");
        assertEquals(0, after.seconds(MAJOR_OUTAGE));
        assertEquals(OPERATIONAL, after.worstStatus());
        assertEquals(1 - (double) DAY / (2 * DAY + DAY / 2), period.uptime(), EPSILON);
    }

    @Test
    void todayCountsOnlyUpToNow() {
        // Partial outage ongoing since 10:00; the fraction of a second of "now" is dropped.
        Instant now = Instant.parse("2026-11-22T10:30:15.750Z");
        UptimePeriod period = UptimeBars.compute(createdAt("2026-01-01T00:00Z", OPERATIONAL)
                .then("2026-11-22T09:00Z", MAJOR_OUTAGE).then("2026-11-22T09:30Z", OPERATIONAL)
                .then("2026-11-22T10:00Z", PARTIAL_OUTAGE).changes, UTC, now, 90);

        UptimeDay today = period.days().get(89);
        assertEquals(LocalDate.parse("2026-11-22"), today.date());
        assertEquals(10 * 3600 + 30 * 60 + 15, today.existedSeconds());
        assertEquals(1800, today.seconds(MAJOR_OUTAGE));
        assertEquals(1815, today.seconds(PARTIAL_OUTAGE));
        assertEquals(1 - (1800 + 0.3 * 1815) / 37_815, today.uptime(), EPSILON);
        assertEquals("22 Nov 2026: 93.8% uptime — major outage 30 min, partial outage 30 min", today.detail());
    }

    @Test
    void todayIsTheDateInThePageZone() {
        // 23:30 UTC is already 00:30 the next day in Berlin.
        UptimePeriod period = UptimeBars.compute(createdAt("2026-01-01T00:00Z", OPERATIONAL).changes, BERLIN,
                at("2026-11-22T23:30Z"), 90);

        UptimeDay today = period.days().get(89);
        assertEquals(LocalDate.parse("2026-11-23"), today.date());
        assertEquals(1800, today.existedSeconds());
    }

    @Test
    void textsRoundDownSoThatAnyDownTimeIsBelowAHundred() {
        UptimePeriod period = UptimeBars.compute(createdAt("2026-01-01T00:00Z", OPERATIONAL)
                .then("2026-11-20T08:00Z", PARTIAL_OUTAGE).then("2026-11-20T09:10Z", OPERATIONAL)
                .then("2026-11-21T08:00:00Z", MAJOR_OUTAGE).then("2026-11-21T08:00:25Z", OPERATIONAL).changes,
                UTC, NOON, 90);

        // 1 - 0.3 * 4200 / 86400 = 98.54...%
        assertEquals("20 Nov 2026: 98.5% uptime — partial outage 1 h 10 min", day(period, "2026-11-20").detail());
        // 1 - 25 / 86400 = 99.971...%
        assertEquals("21 Nov 2026: 99.9% uptime — major outage < 1 min", day(period, "2026-11-21").detail());
    }

    @Test
    void refusesNonsense() {
        List<ComponentStatusChange> mixed = List.of(
                new ComponentStatusChange(1L, 1, null, OPERATIONAL, at("2026-01-01T00:00Z"), "test", null),
                new ComponentStatusChange(2L, 2, null, OPERATIONAL, at("2026-01-01T00:00Z"), "test", null));

        assertThrows(IllegalArgumentException.class, () -> UptimeBars.compute(mixed, UTC, NOON, 90));
        assertThrows(IllegalArgumentException.class, () -> UptimeBars.compute(List.of(), UTC, NOON, 0));
    }

    private static UptimeDay day(UptimePeriod period, String date) {
        return period.days().stream().filter(day -> day.date().equals(LocalDate.parse(date))).findFirst()
                .orElseThrow();
    }

    private static List<ComponentStatusChange> reversed(List<ComponentStatusChange> changes) {
        List<ComponentStatusChange> reversed = new ArrayList<>(changes);
        Collections.reverse(reversed);
        return reversed;
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static History createdAt(String at, ComponentStatus status) {
        return new History().then(at, status);
    }

    /** One component's changes as the database keeps them: ids growing, each old status the previous new one. */
    private static final class History {
        final List<ComponentStatusChange> changes = new ArrayList<>();

        History then(String at, ComponentStatus status) {
            ComponentStatus old = changes.isEmpty() ? null : changes.get(changes.size() - 1).newStatus();
            changes.add(new ComponentStatusChange((long) changes.size() + 1, 7, old, status, at(at), "test", null));
            return this;
        }
    }
}
