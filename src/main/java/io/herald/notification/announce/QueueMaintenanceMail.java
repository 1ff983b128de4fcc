package io.herald.notification.announce;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.component.ComponentJson;
import io.herald.maintenance.MaintenanceRepository;
import io.herald.maintenance.MaintenanceUpdatePosted;
import io.herald.maintenance.MaintenanceUpdateRepository;
import io.herald.maintenance.MaintenanceViews;
import io.herald.statuspage.ThemeTemplates;
import io.herald.system.Markdown;
import io.herald.system.PageSettings;
import io.herald.system.TimeText;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the e-mail for a maintenance notice (scheduled, started, completed, or a person's update) into
 * the outbox, in the transaction that posts it, for subscribers of the components it covers.
 */
@Singleton
class QueueMaintenanceMail {

    private final MaintenanceRepository maintenances;
    private final MaintenanceUpdateRepository updates;
    private final MaintenanceViews views;
    private final NotificationMessageRepository messages;
    private final ThemeTemplates theme;
    private final PageSettings page;
    private final Clock clock;

    QueueMaintenanceMail(MaintenanceRepository maintenances, MaintenanceUpdateRepository updates,
                         MaintenanceViews views, NotificationMessageRepository messages, ThemeTemplates theme,
                         PageSettings page, Clock clock) {
        this.maintenances = maintenances;
        this.updates = updates;
        this.views = views;
        this.messages = messages;
        this.theme = theme;
        this.page = page;
        this.clock = clock;
    }

    @EventListener
    void on(MaintenanceUpdatePosted posted) {
        if (!posted.deliverNotifications()) {
            return;
        }
        var maintenance = maintenances.findById(posted.maintenanceId()).orElseThrow();
        var update = updates.findById(posted.updateId()).orElseThrow();
        var found = views.publicViews(List.of(maintenance)).stream().findFirst();
        if (found.isEmpty()) {
            return; // nothing of it is public yet, so there is nothing to announce
        }
        var view = found.get();
        String window = TimeText.shown(maintenance.scheduledFor(), page.timeZone()) + " to "
                + TimeText.shown(maintenance.scheduledUntil(), page.timeZone());
        String subject = "[" + page.name() + "] Maintenance: " + maintenance.name() + " (" + update.status().label() + ")";
        String text = maintenance.name() + "\n" + update.status().label() + " · " + window + "\n\n" + update.body()
                + "\n\nDetails: " + view.json().shortlink() + "\n\n--\nManage or unsubscribe: "
                + NotificationMessage.MANAGE_URL + "\n";
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("title", "Maintenance: " + maintenance.name());
        params.put("status", update.status().label() + " · " + window);
        params.put("bodyHtml", Markdown.toHtml(update.body()));
        params.put("link", view.json().shortlink());
        params.put("unsubscribeUrl", NotificationMessage.MANAGE_URL);
        String filter = view.json().components().stream().map(ComponentJson::id).collect(Collectors.joining(","));
        messages.save(NotificationMessage.of("maintenance_update:" + update.id(), Channel.EMAIL, Audience.PUBLIC, subject,
                text, theme.render("email.jte", params), filter, clock.instant()));
    }
}
