package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.outbox.StakeholderDeliveryRepository;
import io.herald.component.ComponentJson;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdatePosted;
import io.herald.incident.IncidentUpdateRepository;
import io.herald.incident.IncidentViews;
import io.herald.incident.UpdateBriefing;
import io.herald.incident.UpdateBriefingRepository;
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
 * Writes the internal e-mail and internal chat message of a posted update into the outbox, inside the transaction
 * that publishes it, with the incident's severity: the stakeholder groups it reaches are found when it is
 * expanded. Stakeholders hear of every update, those posted without notifications too; drills write nothing.
 */
@Singleton
class QueueInternalMessages {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final UpdateBriefingRepository briefings;
    private final IncidentViews views;
    private final NotificationMessageRepository messages;
    private final StakeholderDeliveryRepository stakeholders;
    private final ThemeTemplates theme;
    private final PageSettings page;
    private final Clock clock;

    QueueInternalMessages(IncidentRepository incidents, IncidentUpdateRepository updates,
                          UpdateBriefingRepository briefings, IncidentViews views,
                          NotificationMessageRepository messages, StakeholderDeliveryRepository stakeholders,
                          ThemeTemplates theme, PageSettings page, Clock clock) {
        this.incidents = incidents;
        this.stakeholders = stakeholders;
        this.updates = updates;
        this.briefings = briefings;
        this.views = views;
        this.messages = messages;
        this.theme = theme;
        this.page = page;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        if (posted.drill()) {
            return;
        }
        var incident = incidents.findById(posted.incidentId()).orElseThrow();
        String severity = incident.severity().code();
        if (!stakeholders.anyGroupReachedBy(severity)) {
            return; // nobody to brief: spare the posting request the rendering and the outbox rows
        }
        var update = updates.findById(posted.updateId()).orElseThrow();
        UpdateBriefing briefing = briefings.findById(update.id()).orElseThrow();
        String filter = views.publicViews(List.of(incident)).stream().findFirst()
                .map(view -> view.json().components().stream().map(ComponentJson::id).collect(Collectors.joining(",")))
                .orElse("");
        String link = page.url() + "/admin/incidents/" + incident.id();
        String title = incident.name() + ": " + update.status().label();
        String subject = "[INTERNAL " + severity + "] [" + page.name() + "] " + title;
        String details = section("Internal note", briefing.internalNote())
                + section("Business impact", briefing.businessImpact())
                + section("Next steps", briefing.nextSteps());
        String text = "INTERNAL - do not forward outside the company\n\n" + incident.name() + "\n"
                + update.status().label() + " · " + severity + "\n\nPublic message:\n" + update.body() + "\n"
                + details + "\nOpen the incident in Herald: " + link + "\n";
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("title", incident.name());
        params.put("status", update.status().label());
        params.put("severity", severity);
        params.put("bodyHtml", Markdown.toHtml(update.body()));
        params.put("internalNote", briefing.internalNote());
        params.put("businessImpact", briefing.businessImpact());
        params.put("nextSteps", briefing.nextSteps());
        params.put("link", link);
        String source = "incident_update:" + update.id();
        String thread = "incident:" + incident.id();
        var now = clock.instant();
        messages.save(new NotificationMessage(null, source, Channel.EMAIL, Audience.INTERNAL, severity,
                shorten(subject), text, theme.render("email-internal.jte", params), filter, thread, now, null));
        String chat = update.body() + "\n" + details + "\n" + link;
        messages.save(new NotificationMessage(null, source, Channel.CHAT, Audience.INTERNAL, severity,
                shorten("[INTERNAL " + severity + "] " + title), chat, "", filter, thread, now, null));
    }

    private static String section(String heading, String value) {
        return value == null || value.isBlank() ? "" : "\n" + heading + ":\n" + value + "\n";
    }

    static String shorten(String subject) {
        return subject.length() > 255 ? subject.substring(0, 255) : subject;
    }
}
