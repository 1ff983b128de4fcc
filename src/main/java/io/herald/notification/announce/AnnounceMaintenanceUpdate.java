package io.herald.notification.announce;

import io.herald.component.ComponentJson;
import io.herald.maintenance.Maintenance;
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

import java.util.List;

/**
 * Announces a maintenance notice (scheduled, started, completed, or a person's update) inside the transaction that
 * posts it, when it is to be announced and something of the maintenance is public.
 */
@Singleton
class AnnounceMaintenanceUpdate {

    private final MaintenanceRepository maintenances;
    private final MaintenanceUpdateRepository updates;
    private final MaintenanceViews views;
    private final PageStatusNow pageStatus;
    private final PageSettings page;
    private final ApplicationEventPublisher<Announcement> announcements;

    AnnounceMaintenanceUpdate(MaintenanceRepository maintenances, MaintenanceUpdateRepository updates,
                              MaintenanceViews views, PageStatusNow pageStatus, PageSettings page,
                              ApplicationEventPublisher<Announcement> announcements) {
        this.maintenances = maintenances;
        this.updates = updates;
        this.views = views;
        this.pageStatus = pageStatus;
        this.page = page;
        this.announcements = announcements;
    }

    @EventListener
    void on(MaintenanceUpdatePosted posted) {
        if (!posted.deliverNotifications()) {
            return;
        }
        Maintenance maintenance = maintenances.findById(posted.maintenanceId()).orElseThrow();
        MaintenanceUpdate update = updates.findById(posted.updateId()).orElseThrow();
        var view = views.publicViews(List.of(maintenance)).stream().findFirst();
        if (view.isEmpty()) {
            return; // nothing of it is public yet, so there is nothing to announce
        }
        var json = view.get().json();
        String window = TimeText.shown(maintenance.scheduledFor(), page.timeZone()) + " to "
                + TimeText.shown(maintenance.scheduledUntil(), page.timeZone());
        announcements.publishEvent(new Announcement(new Source.MaintenanceUpdate(update.id()), maintenance.name(),
                update.status().label(), window, update.body(), json.shortlink(),
                page.url() + "/admin/maintenances",
                json.components().stream().map(ComponentJson::id).toList(), "maintenance:" + maintenance.id(), false,
                true, null, null, null, pageStatus.payload("incident", json)));
    }
}
