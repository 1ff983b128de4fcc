package io.herald.maintenance;

import io.herald.system.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schedule page's forms read into the API's requests: ticked components, reminder offsets, local times. */
class MaintenanceFormTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void schedulingReadsTickedComponentsOffsetsAndLocalTimes() {
        ScheduleMaintenanceRequest plan = MaintenanceForm.schedule(Map.of("name", "Upgrade", "body", "Planned.",
                "component_5", "on", "scheduled_for", "2026-11-21T02:00", "scheduled_until", "2026-11-21T04:00",
                "remind_before_minutes", "1440, 60", "auto_start", "on"), BERLIN);
        assertEquals(List.of("5"), plan.components());
        assertEquals("2026-11-21T02:00+01:00", plan.scheduledFor());
        assertEquals(List.of(1440, 60), plan.remindBeforeMinutes());
        assertTrue(plan.autoStart());
        assertFalse(plan.autoComplete());
        assertNull(plan.status());
    }

    @Test
    void anEmptyReminderFieldMeansNoReminders() {
        assertEquals(List.of(), MaintenanceForm.schedule(Map.of("remind_before_minutes", " "), BERLIN)
                .remindBeforeMinutes());
    }

    @Test
    void offsetsThatAreNotMinutesAreRefusedByTheirField() {
        var refused = assertThrows(InvalidInputException.class,
                () -> MaintenanceForm.schedule(Map.of("remind_before_minutes", "1440, an hour"), BERLIN));
        assertEquals("remind_before_minutes", refused.field());
    }

    @Test
    void anUpdateTakesItsStatusAsChosen() {
        PostMaintenanceUpdateRequest update = MaintenanceForm.update(Map.of("status", "in_progress", "body", "Started.",
                "deliver_notifications", "on"));
        assertEquals(new PostMaintenanceUpdateRequest("in_progress", "Started.", null, true), update);
    }
}
