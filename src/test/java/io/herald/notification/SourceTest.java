package io.herald.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceTest {

    @Test
    void keysAreTheOnesStoredSinceTheStart() {
        assertEquals("incident_update:12", new Source.IncidentUpdate(12).key());
        assertEquals("maintenance_update:3", new Source.MaintenanceUpdate(3).key());
        assertEquals("component_update:4:1700000000123",
                new Source.ComponentChange(4, Instant.ofEpochMilli(1_700_000_000_123L)).key());
        assertEquals("reminder:overdue:5:1000", new Source.Reminder("overdue", 5, Instant.ofEpochMilli(1000), 9).key());
    }

    @Test
    void anUpdateIsReadBackFromItsKeyAndNothingElseIs() {
        assertEquals(Optional.of(new Source.IncidentUpdate(12)), Source.ofUpdate("incident_update:12"));
        assertEquals(Optional.of(new Source.MaintenanceUpdate(3)), Source.ofUpdate("maintenance_update:3"));
        assertEquals(Optional.empty(), Source.ofUpdate("component_update:4:1700000000123"));
        assertEquals(Optional.empty(), Source.ofUpdate("incident_update:"));
        assertEquals(Optional.empty(), Source.ofUpdate("incident_update:99999999999999999999"));
        assertEquals(Optional.empty(), Source.ofUpdate("test:lease"));
    }

    @Test
    void aBriefingShowsOnlyWhatWasGivenEachUnderItsHeading() {
        assertEquals("\nInternal note:\ndb failover\n\nNext steps:\nrestore replica\n",
                new Announcement.Briefing("db failover", " ", "restore replica").asText());
        assertEquals("", new Announcement.Briefing(null, null, null).asText());
    }
}
