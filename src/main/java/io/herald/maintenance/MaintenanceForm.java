package io.herald.maintenance;

import io.herald.system.InvalidInputException;
import io.herald.system.TimeText;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The schedule page's forms read into the same requests the API takes; times come as the status page's local time. */
final class MaintenanceForm {

    private MaintenanceForm() {
    }

    /** The form plans a maintenance; recording one already under way (a status) is for the API. */
    static ScheduleMaintenanceRequest schedule(Map<String, String> form, ZoneId zone) {
        return new ScheduleMaintenanceRequest(form.get("name"), form.get("body"), chosenComponents(form),
                TimeText.fromLocalInput("scheduled_for", form.get("scheduled_for"), zone),
                TimeText.fromLocalInput("scheduled_until", form.get("scheduled_until"), zone),
                form.containsKey("auto_start"), form.containsKey("auto_complete"), reminders(form),
                form.containsKey("deliver_notifications"), form.get("internal_note"), null);
    }

    static PostMaintenanceUpdateRequest update(Map<String, String> form) {
        return new PostMaintenanceUpdateRequest(form.get("status"), form.get("body"), form.get("internal_note"),
                form.containsKey("deliver_notifications"));
    }

    // Checkboxes named component_<id>; HTML sends only the ticked ones.
    private static List<String> chosenComponents(Map<String, String> form) {
        return form.keySet().stream().filter(key -> key.startsWith("component_"))
                .map(key -> key.substring("component_".length())).toList();
    }

    // An empty field means no reminders at all, where the API's absent list means the default ones.
    private static List<Integer> reminders(Map<String, String> form) {
        String value = form.get("remind_before_minutes");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("remind_before_minutes",
                    "remind_before_minutes must be minutes separated by commas, e.g. 1440, 60");
        }
    }
}
