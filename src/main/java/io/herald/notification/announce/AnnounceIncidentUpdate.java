package io.herald.notification.announce;

import io.herald.component.ComponentJson;
import io.herald.incident.Incident;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdate;
import io.herald.incident.IncidentUpdatePosted;
import io.herald.incident.IncidentUpdateRepository;
import io.herald.incident.IncidentViews;
import io.herald.incident.UpdateBriefingRepository;
import io.herald.notification.Announcement;
import io.herald.notification.Source;
import io.herald.system.PageSettings;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Announces a posted incident update, inside the transaction that publishes it: so that the messages are written
 * with the update or not at all, and a crash cannot lose the announcement. A drill carries no public link and no
 * briefing, and its data is the marked drill shape; public views leave drills out, a second guard.
 */
@Singleton
class AnnounceIncidentUpdate {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final UpdateBriefingRepository briefings;
    private final IncidentViews views;
    private final PageStatusNow pageStatus;
    private final PageSettings page;
    private final ApplicationEventPublisher<Announcement> announcements;

    AnnounceIncidentUpdate(IncidentRepository incidents, IncidentUpdateRepository updates,
                           UpdateBriefingRepository briefings, IncidentViews views, PageStatusNow pageStatus,
                           PageSettings page, ApplicationEventPublisher<Announcement> announcements) {
        this.incidents = incidents;
        this.updates = updates;
        this.briefings = briefings;
        this.views = views;
        this.pageStatus = pageStatus;
        this.page = page;
        this.announcements = announcements;
    }

    @EventListener
    void on(IncidentUpdatePosted posted) {
        Incident incident = incidents.findById(posted.incidentId()).orElseThrow();
        IncidentUpdate update = updates.findById(posted.updateId()).orElseThrow();
        String workspace = page.url() + "/admin/incidents/" + incident.id();
        boolean notify = posted.deliverNotifications();
        if (posted.drill()) {
            Announcement.Payload payload = notify ? views.drillJson(incident)
                    .map(json -> pageStatus.payload("incident", DrillMarking.marked(json, workspace))).orElse(null) : null;
            announcements.publishEvent(announcement(incident, update, null, List.of(), workspace, true, notify,
                    null, payload));
            return;
        }
        Optional<IncidentViews.PublicIncident> view = views.publicViews(List.of(incident)).stream().findFirst();
        if (view.isEmpty()) {
            return; // nothing of it is public: nothing to tell anyone of it yet
        }
        var json = view.get().json();
        var briefing = briefings.findById(update.id()).map(b ->
                new Announcement.Briefing(b.internalNote(), b.businessImpact(), b.nextSteps()))
                .orElse(new Announcement.Briefing(null, null, null));
        announcements.publishEvent(announcement(incident, update, json.shortlink(),
                json.components().stream().map(ComponentJson::id).toList(), workspace, false, notify, briefing,
                notify ? pageStatus.payload("incident", json) : null));
    }

    private Announcement announcement(Incident incident, IncidentUpdate update, String link, List<String> components,
                                      String workspace, boolean drill, boolean notify, Announcement.Briefing briefing,
                                      Announcement.Payload payload) {
        return new Announcement(new Source.IncidentUpdate(update.id()), incident.name(), update.status().label(), null,
                update.body(), link, workspace, components, "incident:" + incident.id(), drill, notify,
                update.customTweet(), drill ? null : incident.severity().code(), briefing, payload);
    }
}
