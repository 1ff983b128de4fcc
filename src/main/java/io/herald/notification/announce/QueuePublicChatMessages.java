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
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the public chat message of a posted update into the outbox, inside the transaction that publishes it:
 * the public text and the status page link only. Drills and updates posted without notifications write nothing.
 */
@Singleton
class QueuePublicChatMessages {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final IncidentViews views;
    private final NotificationMessageRepository messages;
    private final Clock clock;

    QueuePublicChatMessages(IncidentRepository incidents, IncidentUpdateRepository updates, IncidentViews views,
                            NotificationMessageRepository messages, Clock clock) {
        this.incidents = incidents;
        this.updates = updates;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        if (!posted.deliverNotifications() || posted.drill()) {
            return;
        }
        var incident = incidents.findById(posted.incidentId()).orElseThrow();
        var update = updates.findById(posted.updateId()).orElseThrow();
        // publicViews leaves drills out too: a second guard, since a leak here reaches a public channel.
        views.publicViews(List.of(incident)).stream().findFirst().ifPresent(view -> {
            String filter = view.json().components().stream().map(ComponentJson::id).collect(Collectors.joining(","));
            String subject = QueueInternalMessages.shorten(incident.name() + ": " + update.status().label());
            messages.save(new NotificationMessage(null, "incident_update:" + update.id(), Channel.CHAT,
                    Audience.PUBLIC, null, subject, update.body() + "\n\n" + view.json().shortlink(), "", filter,
                    "incident:" + incident.id(), clock.instant(), null));
        });
    }
}
