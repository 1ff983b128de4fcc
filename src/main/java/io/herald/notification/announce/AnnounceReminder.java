package io.herald.notification.announce;

import io.herald.incident.UpdateDueSoon;
import io.herald.incident.UpdateOverdue;
import io.herald.notification.Announcement;
import io.herald.notification.Source;
import io.herald.system.PageSettings;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Announces a cadence reminder, in the transaction that records it: to the comms owner when an update is due soon,
 * to the point when it is overdue. Drills are reminded too, marked as such: keeping the cadence is part of the
 * rehearsal, and only that one person hears of it.
 */
@Singleton
class AnnounceReminder {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PageSettings page;
    private final ApplicationEventPublisher<Announcement> announcements;

    AnnounceReminder(PageSettings page, ApplicationEventPublisher<Announcement> announcements) {
        this.page = page;
        this.announcements = announcements;
    }

    @EventListener
    void on(UpdateDueSoon due) {
        if (due.commsUserId() != null) {
            announce(new Source.Reminder("due_soon", due.incidentId(), due.dueAt(), due.commsUserId()),
                    due.incidentName(), due.drill(), "Update due at " + time(due.dueAt()),
                    "The next public update of this incident is due at " + time(due.dueAt())
                            + ". You are its comms owner: post it in the workspace.");
        }
    }

    @EventListener
    void on(UpdateOverdue overdue) {
        if (overdue.pointUserId() != null) {
            announce(new Source.Reminder("overdue", overdue.incidentId(), overdue.dueAt(), overdue.pointUserId()),
                    overdue.incidentName(), overdue.drill(), "Update overdue since " + time(overdue.dueAt()),
                    "The public update due at " + time(overdue.dueAt()) + " has not been posted."
                            + " You are the point of this incident: make sure somebody posts it.");
        }
    }

    private void announce(Source.Reminder reminder, String incidentName, boolean drill, String heading, String text) {
        announcements.publishEvent(new Announcement(reminder, incidentName, heading, null, text, null,
                page.url() + "/admin/incidents/" + reminder.incidentId(), List.of(),
                "incident:" + reminder.incidentId(), drill, false, null, null, null, null));
    }

    private String time(Instant at) {
        return TIME.withZone(page.zone()).format(at) + " " + page.zone().getId();
    }
}
