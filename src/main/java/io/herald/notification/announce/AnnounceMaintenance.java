package io.herald.notification.announce;

import io.herald.component.ComponentJson;
import io.herald.maintenance.Maintenance;
import io.herald.maintenance.MaintenanceReminderDue;
import io.herald.maintenance.MaintenanceRepository;
import io.herald.maintenance.MaintenanceUpdate;
import io.herald.maintenance.MaintenanceUpdatePosted;
import io.herald.maintenance.MaintenanceUpdateRepository;
import io.herald.maintenance.MaintenanceViews;
import io.herald.notification.Announcement;
import io.herald.notification.Source;
import io.herald.system.PageSettings;
import io.herald.system.TimeText;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Announces a maintenance, inside the transaction that records the news: a notice (scheduled, started, completed,
 * or a person's update) when it is to be announced, and a reminder at each of its offsets before it starts. Only
 * once something of the maintenance is public: before that there is nothing to tell.
 */
@Singleton
class AnnounceMaintenance {

    private final MaintenanceRepository maintenances;
    private final MaintenanceUpdateRepository updates;
    private final MaintenanceViews views;
    private final PageStatusNow pageStatus;
    private final PageSettings page;
    private final ApplicationEventPublisher<Announcement> announcements;
    private final Clock clock;

    AnnounceMaintenance(MaintenanceRepository maintenances, MaintenanceUpdateRepository updates,
                        MaintenanceViews views, PageStatusNow pageStatus, PageSettings page,
                        ApplicationEventPublisher<Announcement> announcements, Clock clock) {
        this.maintenances = maintenances;
        this.updates = updates;
        this.views = views;
        this.pageStatus = pageStatus;
        this.page = page;
        this.announcements = announcements;
        this.clock = clock;
    }

    @EventListener
    void on(MaintenanceUpdatePosted posted) {
        if (posted.deliverNotifications()) {
            MaintenanceUpdate update = updates.findById(posted.updateId()).orElseThrow();
            announce(posted.maintenanceId(), new Source.MaintenanceUpdate(update.id()), update.status().label(),
                    update.body());
        }
    }

    /**
     * The reminder repeats the newest public notice, under a status line that says how soon it starts: the time left,
     * not the offset, which a maintenance scheduled at short notice has already passed.
     */
    @EventListener
    void on(MaintenanceReminderDue due) {
        long secondsLeft = Math.max(0, Duration.between(clock.instant(), due.scheduledFor()).toSeconds());
        announce(due.maintenanceId(), new Source.MaintenanceReminder(due.maintenanceId(), due.minutesBefore()),
                StartsIn.text((int) ((secondsLeft + 59) / 60)), null);
    }

    private void announce(long maintenanceId, Source source, String status, String body) {
        Maintenance maintenance = maintenances.findById(maintenanceId).orElseThrow();
        var view = views.publicViews(List.of(maintenance)).stream().findFirst();
        if (view.isEmpty()) {
            return; // nothing of it is public yet, so there is nothing to announce
        }
        var json = view.get().json();
        String window = TimeText.shown(maintenance.scheduledFor(), page.timeZone()) + " to "
                + TimeText.shown(maintenance.scheduledUntil(), page.timeZone());
        announcements.publishEvent(new Announcement(source, maintenance.name(), status, window,
                body != null ? body : view.get().updates().get(0).body(), json.shortlink(),
                page.url() + "/admin/maintenances", json.components().stream().map(ComponentJson::id).toList(),
                "maintenance:" + maintenance.id(), false, true, null, null, null, pageStatus.payload("incident", json)));
    }
}
