package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.x.TweetComposer;
import io.herald.notification.x.TwitterSettings;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdatePosted;
import io.herald.incident.IncidentUpdateRepository;
import io.herald.incident.IncidentViews;
import io.herald.maintenance.MaintenanceRepository;
import io.herald.maintenance.MaintenanceUpdatePosted;
import io.herald.maintenance.MaintenanceUpdateRepository;
import io.herald.maintenance.MaintenanceViews;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Writes the tweet for a posted incident update or maintenance notice into the outbox, in the transaction
 * that posts it. The tweets of one incident (or maintenance) share a thread key, so that each is posted as a
 * reply to the one before. Drills and updates posted without notifications tweet nothing, and nothing is
 * queued while no X account is set up: keys added later must not let loose a backlog of old news.
 */
@Singleton
class QueueTweets {

    private final TwitterSettings settings;
    private final IncidentRepository incidents;
    private final IncidentUpdateRepository incidentUpdates;
    private final IncidentViews incidentViews;
    private final MaintenanceRepository maintenances;
    private final MaintenanceUpdateRepository maintenanceUpdates;
    private final MaintenanceViews maintenanceViews;
    private final NotificationMessageRepository messages;
    private final Clock clock;

    QueueTweets(TwitterSettings settings, IncidentRepository incidents, IncidentUpdateRepository incidentUpdates,
                IncidentViews incidentViews, MaintenanceRepository maintenances,
                MaintenanceUpdateRepository maintenanceUpdates, MaintenanceViews maintenanceViews,
                NotificationMessageRepository messages, Clock clock) {
        this.settings = settings;
        this.incidents = incidents;
        this.incidentUpdates = incidentUpdates;
        this.incidentViews = incidentViews;
        this.maintenances = maintenances;
        this.maintenanceUpdates = maintenanceUpdates;
        this.maintenanceViews = maintenanceViews;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        if (!posted.deliverNotifications() || posted.drill() || !settings.configured()) {
            return;
        }
        var incident = incidents.findById(posted.incidentId()).orElseThrow();
        var update = incidentUpdates.findById(posted.updateId()).orElseThrow();
        var view = incidentViews.publicViews(List.of(incident)).stream().findFirst().orElseThrow();
        String tweet = TweetComposer.compose(incident.name() + " — " + update.status().label(), update.body(),
                view.json().shortlink(), update.customTweet());
        queue("incident_update:" + update.id(), incident.name(), tweet, "incident:" + incident.id());
    }

    @EventListener
    void on(MaintenanceUpdatePosted posted) {
        if (!posted.deliverNotifications() || !settings.configured()) {
            return;
        }
        var maintenance = maintenances.findById(posted.maintenanceId()).orElseThrow();
        var update = maintenanceUpdates.findById(posted.updateId()).orElseThrow();
        var found = maintenanceViews.publicViews(List.of(maintenance)).stream().findFirst();
        if (found.isEmpty()) {
            return; // nothing of it is public yet
        }
        String tweet = TweetComposer.compose("Maintenance: " + maintenance.name() + " — " + update.status().label(),
                update.body(), found.get().json().shortlink(), null);
        queue("maintenance_update:" + update.id(), "Maintenance: " + maintenance.name(), tweet,
                "maintenance:" + maintenance.id());
    }

    private void queue(String source, String subject, String tweet, String threadKey) {
        String shortSubject = subject.length() > 255 ? subject.substring(0, 255) : subject;
        messages.save(new NotificationMessage(null, source, Channel.TWITTER, Audience.PUBLIC, null, shortSubject,
                tweet, "", null, threadKey, clock.instant(), null));
    }
}
