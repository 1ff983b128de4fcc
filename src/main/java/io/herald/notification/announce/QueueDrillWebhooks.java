package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.outbox.DrillWebhookSettings;
import io.herald.notification.webhook.WebhookPayloads;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdatePosted;
import io.herald.incident.IncidentViews;
import io.herald.system.PageSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * A drill's update goes to the drill webhooks as the public webhook payload would, marked as a drill
 * ({@link WebhookPayloads#drillIncident}). Written in the publishing transaction, like {@link QueueWebhooks}, which
 * skips drills; its audience is DRILL, so no webhook subscriber can ever receive it. Nothing is queued while no
 * drill webhook is set.
 */
@Singleton
class QueueDrillWebhooks {

    private final IncidentRepository incidents;
    private final IncidentViews incidentViews;
    private final WebhookPayloads payloads;
    private final DrillWebhookSettings settings;
    private final NotificationMessageRepository messages;
    private final PageSettings page;
    private final Clock clock;

    QueueDrillWebhooks(IncidentRepository incidents, IncidentViews incidentViews, WebhookPayloads payloads,
                       DrillWebhookSettings settings, NotificationMessageRepository messages, PageSettings page,
                       Clock clock) {
        this.incidents = incidents;
        this.incidentViews = incidentViews;
        this.payloads = payloads;
        this.settings = settings;
        this.messages = messages;
        this.page = page;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        if (!posted.drill() || !posted.deliverNotifications() || settings.urls().isEmpty()) {
            return;
        }
        var incident = incidents.findById(posted.incidentId()).orElseThrow();
        String subject = "[DRILL] Incident: " + incident.name();
        incidentViews.drillJson(incident).ifPresent(json -> messages.save(NotificationMessage.of(
                "incident_update:" + posted.updateId(), Channel.WEBHOOK, Audience.DRILL,
                subject.substring(0, Math.min(255, subject.length())),
                payloads.drillIncident(json, page.url() + "/admin/incidents/" + incident.id()), "", null,
                clock.instant())));
    }
}
