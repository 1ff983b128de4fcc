package io.herald.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stored in UTC, shown in the page's zone with the zone's name, across daylight-saving changes. */
class TimeTextTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            // Europe/Berlin springs forward at 01:00 UTC on 29 March 2026 (02:00 CET -> 03:00 CEST)
            "2026-03-29T00:59:00Z, Europe/Berlin,    '29 Mar 2026, 01:59 CET',  2026-03-29T01:59+01:00",
            "2026-03-29T01:00:00Z, Europe/Berlin,    '29 Mar 2026, 03:00 CEST', 2026-03-29T03:00+02:00",
            // and falls back at 01:00 UTC on 25 October 2026: 02:30 local happens twice
            "2026-10-25T00:30:00Z, Europe/Berlin,    '25 Oct 2026, 02:30 CEST', 2026-10-25T02:30+02:00",
            "2026-10-25T01:30:00Z, Europe/Berlin,    '25 Oct 2026, 02:30 CET',  2026-10-25T02:30+01:00",
            // New York changes on other days (8 March and 1 November 2026)
            "2026-03-08T07:30:00Z, America/New_York, '8 Mar 2026, 03:30 EDT',   2026-03-08T03:30-04:00",
            "2026-11-01T06:30:00Z, America/New_York, '1 Nov 2026, 01:30 EST',   2026-11-01T01:30-05:00",
            "2026-11-22T14:30:00Z, UTC,              '22 Nov 2026, 14:30 UTC',  2026-11-22T14:30Z",
    })
    void showsTheLocalTimeWithTheRightZoneName(String utc, String zone, String shown, String iso) {
        Instant at = Instant.parse(utc);
        assertEquals(shown, TimeText.shown(at, zone));
        assertEquals(iso, TimeText.iso(at, zone));
    }
}
