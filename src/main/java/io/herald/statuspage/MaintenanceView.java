package io.herald.statuspage;

import io.herald.maintenance.MaintenanceStatus;
import io.herald.maintenance.MaintenanceViews.PublicMaintenance;
import io.herald.statuspage.IncidentView.Moment;
import io.herald.system.Markdown;

import java.time.ZoneId;
import java.util.List;

/** A maintenance as the theme's templates show it: its window, in the page's zone and the visitor's. */
public record MaintenanceView(String id, String name, MaintenanceStatus status, List<String> components,
                              Moment scheduledFor, Moment scheduledUntil, List<Update> updates) {

    public record Update(MaintenanceStatus status, String bodyHtml, Moment at) {
    }

    static MaintenanceView of(PublicMaintenance maintenance, ZoneId zone) {
        return new MaintenanceView(maintenance.json().id(), maintenance.json().name(), maintenance.status(),
                maintenance.components().stream().map(c -> c.name()).toList(),
                Moment.of(maintenance.maintenance().scheduledFor(), zone),
                Moment.of(maintenance.maintenance().scheduledUntil(), zone),
                maintenance.updates().stream().map(u -> new Update(u.status(), Markdown.toHtml(u.body()),
                        Moment.of(u.publishedAt(), zone))).toList());
    }

    public boolean active() {
        return status.active();
    }

    public boolean completed() {
        return status == MaintenanceStatus.COMPLETED;
    }
}
