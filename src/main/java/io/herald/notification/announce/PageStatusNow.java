package io.herald.notification.announce;

import io.herald.component.Component;
import io.herald.component.ComponentRepository;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentStatus;
import io.herald.incident.IncidentViews;
import io.herald.notification.Announcement;
import io.herald.statuspage.PageStatus;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's status as the status page rolls it up, as of the transaction that makes the news, for the data that
 * channels send with it.
 */
@Singleton
class PageStatusNow {

    private final ComponentRepository components;
    private final IncidentRepository incidents;
    private final IncidentViews incidentViews;

    PageStatusNow(ComponentRepository components, IncidentRepository incidents, IncidentViews incidentViews) {
        this.components = components;
        this.incidents = incidents;
        this.incidentViews = incidentViews;
    }

    /** The page's status with one object that describes the news. */
    Announcement.Payload payload(String key, Object value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(key, value);
        return payload(data);
    }

    /** The page's status with the objects that describe the news, in their order. */
    Announcement.Payload payload(Map<String, Object> data) {
        return new Announcement.Payload(get(), data);
    }

    /** Shown components and unresolved public incidents. */
    PageStatus get() {
        var shown = components.listOrderByPositionAscAndIdAsc().stream().filter(Component::showcase)
                .map(Component::status).toList();
        var open = incidentViews.publicViews(incidents.findByDrillAndStatusNotIn(false,
                        List.of(IncidentStatus.RESOLVED, IncidentStatus.POSTMORTEM))).stream()
                .filter(i -> !i.status().closed()).map(i -> i.incident().impact()).toList();
        return PageStatus.rollUp(shown, open);
    }
}
