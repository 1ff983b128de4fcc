package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.outbox.IncidentOwnerRecipient;
import io.herald.incident.UpdateDueSoon;
import io.herald.incident.UpdateOverdue;
import io.herald.statuspage.ThemeTemplates;
import io.herald.system.PageSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes a cadence reminder into the outbox, in the transaction that records it: to the comms owner when an
 * update is due soon, to the point when it is overdue. An INTERNAL e-mail with no severity, addressed by its
 * thread key to one Herald user ({@link IncidentOwnerRecipient}), so no stakeholder group receives it. Drills are
 * reminded too, marked as such: keeping the cadence is part of the rehearsal, and only the owner hears of it.
 */
@Singleton
class QueueReminderMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final NotificationMessageRepository messages;
    private final ThemeTemplates theme;
    private final PageSettings page;
    private final Clock clock;

    QueueReminderMail(NotificationMessageRepository messages, ThemeTemplates theme, PageSettings page, Clock clock) {
        this.messages = messages;
        this.theme = theme;
        this.page = page;
        this.clock = clock;
    }

    @EventListener
    void on(UpdateDueSoon due) {
        if (due.commsUserId() != null) {
            queue("due_soon", due.incidentId(), due.incidentName(), due.dueAt(), due.commsUserId(), due.drill(),
                    "Update due at " + time(due.dueAt()),
                    "The next public update of this incident is due at " + time(due.dueAt())
                            + ". You are its comms owner: post it in the workspace.");
        }
    }

    @EventListener
    void on(UpdateOverdue overdue) {
        if (overdue.pointUserId() != null) {
            queue("overdue", overdue.incidentId(), overdue.incidentName(), overdue.dueAt(), overdue.pointUserId(),
                    overdue.drill(), "Update overdue since " + time(overdue.dueAt()),
                    "The public update due at " + time(overdue.dueAt()) + " has not been posted."
                            + " You are the point of this incident: make sure somebody posts it.");
        }
    }

    private void queue(String kind, long incidentId, String incidentName, Instant dueAt, long userId, boolean drill,
                       String heading, String text) {
        String link = page.url() + "/admin/incidents/" + incidentId;
        String subject = "[INTERNAL]" + (drill ? " [DRILL]" : "") + " [" + page.name() + "] " + heading + ": "
                + incidentName;
        String html = theme.render("email-reminder.jte", Map.of("page", page, "heading", heading + ": " + incidentName,
                "text", text, "link", link));
        messages.save(new NotificationMessage(null, "reminder:" + kind + ":" + incidentId + ":" + dueAt.toEpochMilli(),
                Channel.EMAIL, Audience.INTERNAL, null, QueueInternalMessages.shorten(subject),
                incidentName + "\n\n" + text + "\n\n" + link + "\n", html, null,
                IncidentOwnerRecipient.PREFIX + userId, clock.instant(), null));
    }

    private String time(Instant at) {
        return TIME.withZone(page.zone()).format(at) + " " + page.zone().getId();
    }
}
