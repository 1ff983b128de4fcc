package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.component.ComponentJson;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdatePosted;
import io.herald.incident.IncidentUpdateRepository;
import io.herald.incident.IncidentViews;
import io.herald.statuspage.ThemeTemplates;
import io.herald.system.Markdown;
import io.herald.system.PageSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the public e-mail for a posted update into the outbox, inside the transaction that publishes
 * the update: either both happen or neither, so a crash cannot lose the announcement. Drills and updates
 * posted without notifications write nothing here.
 */
@Singleton
class QueueIncidentUpdateMail {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final IncidentViews views;
    private final NotificationMessageRepository messages;
    private final ThemeTemplates theme;
    private final PageSettings page;
    private final Clock clock;

    QueueIncidentUpdateMail(IncidentRepository incidents, IncidentUpdateRepository updates, IncidentViews views,
                            NotificationMessageRepository messages, ThemeTemplates theme, PageSettings page, Clock clock) {
        this.incidents = incidents;
        this.updates = updates;
        this.views = views;
        this.messages = messages;
        this.theme = theme;
        this.page = page;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        if (!posted.deliverNotifications() || posted.drill()) {
            return;
        }
        var incident = incidents.findById(posted.incidentId()).orElseThrow();
        var update = updates.findById(posted.updateId()).orElseThrow();
        var view = views.publicViews(List.of(incident)).stream().findFirst().orElseThrow();
        String subject = "[" + page.name() + "] " + incident.name() + ": " + update.status().label();
        String link = view.json().shortlink();
        String text = incident.name() + "\n" + update.status().label() + "\n\n" + update.body() + "\n\n"
                + "Follow this on the status page: " + link + "\n\n--\nManage or unsubscribe: " + NotificationMessage.MANAGE_URL + "\n";
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("title", incident.name());
        params.put("status", update.status().label());
        params.put("bodyHtml", Markdown.toHtml(update.body()));
        params.put("link", link);
        params.put("unsubscribeUrl", NotificationMessage.MANAGE_URL);
        String filter = view.json().components().stream().map(ComponentJson::id).collect(Collectors.joining(","));
        messages.save(NotificationMessage.of("incident_update:" + update.id(), Channel.EMAIL, Audience.PUBLIC, subject, text,
                theme.render("email.jte", params), filter, clock.instant()));
    }
}
