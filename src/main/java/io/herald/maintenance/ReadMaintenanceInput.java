package io.herald.maintenance;

import io.herald.component.ComponentRepository;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks a maintenance's fields before anything is written; every message names the API field at fault. */
@Singleton
class ReadMaintenanceInput {

    static final int BODY_LIMIT = 10_000;
    static final List<Integer> DEFAULT_REMINDERS = List.of(1440, 60);
    static final int MAX_REMINDERS = 5;
    static final int MAX_REMINDER_MINUTES = 30 * 24 * 60;

    private final ComponentRepository components;
    private final Clock clock;

    ReadMaintenanceInput(ComponentRepository components, Clock clock) {
        this.components = components;
        this.clock = clock;
    }

    MaintenancePlan plan(ScheduleMaintenanceRequest input) {
        String name = Fields.requiredText("name", input.name(), 255);
        Instant from = time("scheduled_for", input.scheduledFor());
        Instant until = time("scheduled_until", input.scheduledUntil());
        if (!until.isAfter(from)) {
            throw new InvalidInputException("scheduled_until", "scheduled_until " + input.scheduledUntil()
                    + " must be after scheduled_for " + input.scheduledFor());
        }
        MaintenanceUpdateDraft first = update(input.firstUpdate(), MaintenanceStatus.SCHEDULED);
        // Recording one that already began (or is over) is fine; planning one in the past is a mistake.
        if (first.status() == MaintenanceStatus.SCHEDULED && !from.isAfter(clock.instant())) {
            throw new InvalidInputException("scheduled_for", "scheduled_for " + input.scheduledFor()
                    + " is in the past; give a status to record a maintenance that has already begun");
        }
        return new MaintenancePlan(name, from, until, input.autoStart() == null || input.autoStart(),
                input.autoComplete() == null || input.autoComplete(), reminders(input.remindBeforeMinutes()),
                componentIds(input.components()), first);
    }

    MaintenanceUpdateDraft update(PostMaintenanceUpdateRequest input, MaintenanceStatus defaultStatus) {
        MaintenanceStatus status = input.status() == null ? defaultStatus
                : MaintenanceStatus.parse("status", input.status());
        return new MaintenanceUpdateDraft(status,
                Fields.requiredText("body", input.body(), BODY_LIMIT),
                Fields.optionalText("internal_note", input.internalNote(), BODY_LIMIT).orElse(null),
                input.deliverNotifications() == null || input.deliverNotifications());
    }

    private static Instant time(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty; give a time with a zone offset, like"
                    + " 2026-11-21T14:30:00Z");
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field,
                    field + " '" + value + "' is not a time with a zone offset, like 2026-11-21T14:30:00Z");
        }
    }

    private List<Long> componentIds(@Nullable List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        Set<Long> checked = new LinkedHashSet<>();
        for (String rawId : requested) {
            long id = Fields.optionalId("components", rawId)
                    .orElseThrow(() -> new InvalidInputException("components", "components has an empty component id"));
            if (!components.existsById(id)) {
                throw new InvalidInputException("components", "There is no component with id " + id);
            }
            checked.add(id);
        }
        return List.copyOf(checked);
    }

    private static List<Integer> reminders(@Nullable List<Integer> requested) {
        if (requested == null) {
            return DEFAULT_REMINDERS;
        }
        if (requested.size() > MAX_REMINDERS) {
            throw new InvalidInputException("remind_before_minutes",
                    "remind_before_minutes holds at most " + MAX_REMINDERS + " offsets");
        }
        List<Integer> offsets = new ArrayList<>(new LinkedHashSet<>(requested));
        for (Integer minutes : offsets) {
            if (minutes == null || minutes < 1 || minutes > MAX_REMINDER_MINUTES) {
                throw new InvalidInputException("remind_before_minutes",
                        "remind_before_minutes must be between 1 and " + MAX_REMINDER_MINUTES + " (30 days)");
            }
        }
        offsets.sort(Comparator.reverseOrder());
        return List.copyOf(offsets);
    }
}
