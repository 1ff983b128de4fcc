package io.herald.notification.announce;

import io.herald.component.Component;
import io.herald.component.ComponentJson;
import io.herald.component.ComponentRepository;
import io.herald.component.ComponentStatusChanged;
import io.herald.notification.Announcement;
import io.herald.notification.Source;
import io.herald.system.PageSettings;
import io.herald.system.Timestamps;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Announces a component's change of status, with the Statuspage-style {@code component_update} and the component.
 * Drills never change a component (PublishIncidentUpdate skips them), so every change here is real.
 */
@Singleton
class AnnounceComponentChange {

    private final ComponentRepository components;
    private final PageStatusNow pageStatus;
    private final PageSettings page;
    private final ApplicationEventPublisher<Announcement> announcements;

    AnnounceComponentChange(ComponentRepository components, PageStatusNow pageStatus, PageSettings page,
                            ApplicationEventPublisher<Announcement> announcements) {
        this.components = components;
        this.pageStatus = pageStatus;
        this.page = page;
        this.announcements = announcements;
    }

    @EventListener
    void on(ComponentStatusChanged changed) {
        Component component = components.findById(changed.componentId()).orElseThrow();
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("created_at", Timestamps.iso(changed.at()));
        update.put("new_status", changed.newStatus().code());
        update.put("old_status", changed.oldStatus().code());
        // The change has no id of its own in the event; component and time name it uniquely and stably.
        update.put("id", changed.componentId() + "-" + changed.at().toEpochMilli());
        update.put("component_id", String.valueOf(changed.componentId()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("component_update", update);
        data.put("component", ComponentJson.of(component, page.id()));
        announcements.publishEvent(new Announcement(new Source.ComponentChange(changed.componentId(), changed.at()),
                changed.componentName(), changed.newStatus().label(), null, "", page.url(),
                page.url() + "/admin/components", List.of(String.valueOf(changed.componentId())), null, false, true,
                null, null, null, pageStatus.payload(data)));
    }
}
