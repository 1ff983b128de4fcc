package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdatePosted;
import io.herald.incident.IncidentUpdateRepository;
import io.herald.statuspage.ThemeTemplates;
import io.herald.system.Markdown;
import io.herald.system.PageSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A drill's update goes to the drill audience only, as the public mail would look but marked DRILL in the subject
 * and in a banner, so nobody mistakes it for a real incident. Written in the publishing transaction, like
 * {@link QueueIncidentUpdateMail}, which skips drills. The link points at the workspace: a drill has no public page.
 */
@Singleton
class QueueDrillMail {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final NotificationMessageRepository messages;
    private final ThemeTemplates theme;
    private final PageSettings page;
    private final Clock clock;

    QueueDrillMail(IncidentRepository incidents, IncidentUpdateRepository updates, NotificationMessageRepository messages,
                   ThemeTemplates theme, PageSettings page, Clock clock) {
        this.incidents = incidents;
        this.updates = updates;
        this.messages = messages;
        this.theme = theme;
        this.page = page;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        if (!posted.drill() || !posted.deliverNotifications()) {
            return;
        }
        var incident = incidents.findById(posted.incidentId()).orElseThrow();
        var update = updates.findById(posted.updateId()).orElseThrow();
        String subject = "[DRILL] [" + page.name() + "] " + incident.name() + ": " + update.status().label();
        String link = page.url() + "/admin/incidents/" + incident.id();
        String text = "*** DRILL: this is an exercise, not a real incident. Only the drill audience receives it. ***\n\n"
                + incident.name() + "\n" + update.status().label() + "\n\n" + update.body() + "\n\n"
                + "Workspace: " + link + "\n";
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("title", incident.name());
        params.put("status", update.status().label());
        params.put("bodyHtml", Markdown.toHtml(update.body()));
        params.put("link", link);
        params.put("unsubscribeUrl", link);
        params.put("drill", true);
        messages.save(NotificationMessage.of("incident_update:" + update.id(), Channel.EMAIL, Audience.DRILL, subject,
                text, theme.render("email.jte", params), null, clock.instant()));
    }
}
