package io.herald.statuspage;

import io.herald.incident.IncidentStatus;
import io.herald.system.PageSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history is grouped by month in the page's zone, newest first, six months a page. */
class HistoryViewTest {

    private static final PageSettings PAGE = new PageSettings("p", "Acme", "https://status.acme.test", "Europe/Berlin", null);

    @Test
    void groupsByMonthNewestFirstAndPagesBySixMonths() {
        List<IncidentView> incidents = new ArrayList<>();
        // one incident on the 15th of each month from August 2025 to November 2026 (16 months), newest first
        for (int i = 0; i < 16; i++) {
            Instant at = Instant.parse("2026-11-15T10:00:00Z").atZone(ZoneId.of("UTC")).minusMonths(i).toInstant();
            incidents.add(incident("i" + i, at));
        }
        List<HistoryView> pages = HistoryView.pages(PAGE, incidents, List.of());
        assertEquals(3, pages.size());
        assertEquals(List.of("November 2026", "October 2026", "September 2026", "August 2026", "July 2026", "June 2026"),
                pages.get(0).months().stream().map(HistoryView.Month::name).toList());
        assertFalse(pages.get(0).hasNewer());
        assertTrue(pages.get(0).hasOlder());
        assertEquals(4, pages.get(2).months().size());
        assertEquals("August 2025", pages.get(2).months().get(3).name());
        assertTrue(pages.get(2).hasNewer());
        assertFalse(pages.get(2).hasOlder());
    }

    @Test
    void aMonthIsTheMonthInThePagesZone() {
        // 23:30 UTC on 31 October is already 1 November in Berlin
        List<HistoryView> pages = HistoryView.pages(PAGE, List.of(incident("late", Instant.parse("2026-10-31T23:30:00Z"))),
                List.of());
        assertEquals("November 2026", pages.get(0).months().get(0).name());
    }

    @Test
    void anEmptyHistoryStillHasAPage() {
        List<HistoryView> pages = HistoryView.pages(PAGE, List.of(), List.of());
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).months().isEmpty());
    }

    private static IncidentView incident(String id, Instant at) {
        var moment = IncidentView.Moment.of(at, PAGE.zone());
        return new IncidentView(id, "Incident " + id, "minor", IncidentStatus.RESOLVED, List.of(),
                List.of(new IncidentView.Update(IncidentStatus.RESOLVED, "<p>done</p>", moment)), null, false);
    }
}
