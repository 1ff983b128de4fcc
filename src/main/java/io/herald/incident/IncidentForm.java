package io.herald.incident;

import io.herald.system.InvalidInputException;
import io.herald.system.TimeText;
import io.micronaut.core.annotation.Nullable;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The comms workspace's forms read into the same requests the API takes. A checkbox is true when HTML sends it at
 * all; an empty text field or choice counts as not given.
 */
final class IncidentForm {

    private IncidentForm() {
    }

    /** The dashboard's form opens an incident with a message posted now; it always shows the next update time. */
    static CreateIncidentRequest opening(Map<String, String> form) {
        return new CreateIncidentRequest(form.get("name"), blank(form, "status"), blank(form, "impact"),
                blank(form, "severity"), form.get("body"), components(form), form.containsKey("deliver_notifications"),
                blank(form, "internal_note"), null, blank(form, "custom_tweet"), form.containsKey("drill"),
                blank(form, "point_user_id"), blank(form, "comms_user_id"), minutes(form), true, false,
                blank(form, "template"), blank(form, "business_impact"), blank(form, "next_steps"));
    }

    /** {@code publish_at} comes as the status page's local time. */
    static PostIncidentUpdateRequest update(Map<String, String> form, ZoneId zone) {
        return new PostIncidentUpdateRequest(blank(form, "status"), form.get("body"), components(form),
                form.containsKey("deliver_notifications"), blank(form, "internal_note"),
                TimeText.fromLocalInput("publish_at", form.get("publish_at"), zone), blank(form, "custom_tweet"),
                form.containsKey("resolve_components"), blank(form, "template"), blank(form, "business_impact"),
                blank(form, "next_steps"));
    }

    /** The incident's settings; an empty owner choice ("nobody") takes the owner away rather than keeping it. */
    static ChangeIncidentRequest change(Map<String, String> form) {
        return ChangeIncidentRequest.ownFields(form.get("name"), blank(form, "impact"), blank(form, "severity"),
                form.getOrDefault("point_user_id", ""), form.getOrDefault("comms_user_id", ""), minutes(form),
                form.containsKey("show_next_update"));
    }

    static EditUpdateMessageRequest correction(Map<String, String> form) {
        return EditUpdateMessageRequest.correcting(form.get("body"));
    }

    // Form fields component_<id> carry the status to set; an empty choice leaves the component alone.
    private static @Nullable Map<String, String> components(Map<String, String> form) {
        Map<String, String> chosen = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("component_") && value != null && !value.isBlank()) {
                chosen.put(key.substring("component_".length()), value);
            }
        });
        return chosen.isEmpty() ? null : chosen;
    }

    private static @Nullable Integer minutes(Map<String, String> form) {
        String value = blank(form, "update_interval_minutes");
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("update_interval_minutes",
                    "update_interval_minutes must be a whole number");
        }
    }

    private static @Nullable String blank(Map<String, String> form, String key) {
        String value = form.get(key);
        return value == null || value.isBlank() ? null : value;
    }
}
