package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.webhook.WebhookPayloads;
import io.herald.component.ComponentJson;
import io.herald.component.ComponentStatusChanged;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdatePosted;
import io.herald.incident.IncidentViews;
import io.herald.maintenance.MaintenanceRepository;
import io.herald.maintenance.MaintenanceUpdatePosted;
import io.herald.maintenance.MaintenanceViews;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the public webhook payload of a posted incident update, maintenance notice or component change into
 * the outbox, inside the transaction that makes the change, for webhook subscribers of the components concerned.
 * Drills, updates posted without notifications and anything not public write nothing.
 */
@Singleton
class QueueWebhooks {

    private final IncidentRepository incidents;
    private final IncidentViews incidentViews;
    private final MaintenanceRepository maintenances;
    private final MaintenanceViews maintenanceViews;
    private final WebhookPayloads payloads;
    private final NotificationMessageRepository messages;
    private final Clock clock;

    QueueWebhooks(IncidentRepository incidents, IncidentViews incidentViews, MaintenanceRepository maintenances,
                  MaintenanceViews maintenanceViews, WebhookPayloads payloads, NotificationMessageRepository messages,
                  Clock clock) {
        this.incidents = incidents;
        this.incidentViews = incidentViews;
        this.maintenances = maintenances;
        this.maintenanceViews = maintenanceViews;
        this.payloads = payloads;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        if (!posted.deliverNotifications() || posted.drill()) {
            return;
        }
        var incident = incidents.findById(posted.incidentId()).orElseThrow();
        // publicViews leaves drills out too: a second guard, since a leak here reaches strangers.
        incidentViews.publicViews(List.of(incident)).stream().findFirst().ifPresent(view ->
                queue("incident_update:" + posted.updateId(), "Incident: " + incident.name(),
                        payloads.incident(view.json()), filter(view.json().components())));
    }

    @EventListener
    void on(MaintenanceUpdatePosted posted) {
        if (!posted.deliverNotifications()) {
            return;
        }
        var maintenance = maintenances.findById(posted.maintenanceId()).orElseThrow();
        maintenanceViews.publicViews(List.of(maintenance)).stream().findFirst().ifPresent(view ->
                queue("maintenance_update:" + posted.updateId(), "Maintenance: " + maintenance.name(),
                        payloads.incident(view.json()), filter(view.json().components())));
    }

    /** Drills never change a component (PublishIncidentUpdate skips them), so every change here is real. */
    @EventListener
    void on(ComponentStatusChanged changed) {
        queue("component_update:" + changed.componentId() + ":" + changed.at().toEpochMilli(),
                "Component: " + changed.componentName(), payloads.componentUpdate(changed),
                String.valueOf(changed.componentId()));
    }

    private void queue(String source, String subject, String payload, String componentFilter) {
        String shown = subject.length() > 255 ? subject.substring(0, 255) : subject;
        messages.save(NotificationMessage.of(source, Channel.WEBHOOK, Audience.PUBLIC, shown, payload, "",
                componentFilter, clock.instant()));
    }

    private static String filter(List<ComponentJson> components) {
        return components.stream().map(ComponentJson::id).collect(Collectors.joining(","));
    }
}
