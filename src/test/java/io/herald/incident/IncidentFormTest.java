package io.herald.incident;

import io.herald.system.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace's forms read into the API's requests: checkboxes, empty fields, component choices, local times. */
class IncidentFormTest {

    @Test
    void openingReadsChosenComponentsAndTicksAndLeavesEmptyFieldsOut() {
        CreateIncidentRequest opening = IncidentForm.opening(Map.of("name", "Queue backlog", "body", "Looking.",
                "severity", "SEV2", "impact", " ", "component_3", "major_outage", "component_4", "", "drill", "on",
                "update_interval_minutes", "20"));
        assertEquals(Map.of("3", "major_outage"), opening.components());
        assertNull(opening.impact());
        assertEquals("SEV2", opening.severity());
        assertTrue(opening.drill());
        assertFalse(opening.deliverNotifications());
        assertEquals(20, opening.updateIntervalMinutes());
        assertTrue(opening.showNextUpdate());
        assertNull(opening.publishAt());
    }

    @Test
    void anUpdatesPublishTimeIsThePagesLocalTime() {
        PostIncidentUpdateRequest update = IncidentForm.update(Map.of("body", "Fixed.",
                "publish_at", "2026-11-21T14:30"), ZoneId.of("Europe/Berlin"));
        assertEquals("2026-11-21T14:30+01:00", update.publishAt());
        assertNull(update.components());
        assertNull(update.status());
    }

    @Test
    void aChangeWithNobodyChosenClearsTheOwnersAndPostsNoUpdate() {
        ChangeIncidentRequest change = IncidentForm.change(Map.of("name", "Renamed"));
        assertEquals("", change.pointUserId());
        assertEquals("", change.commsUserId());
        assertFalse(change.showNextUpdate());
        assertTrue(change.update().isEmpty());
    }

    @Test
    void aCadenceThatIsNotANumberIsRefusedByItsField() {
        var refused = assertThrows(InvalidInputException.class,
                () -> IncidentForm.change(Map.of("update_interval_minutes", "soon")));
        assertEquals("update_interval_minutes", refused.field());
        assertEquals("update_interval_minutes must be a whole number", refused.getMessage());
    }
}
