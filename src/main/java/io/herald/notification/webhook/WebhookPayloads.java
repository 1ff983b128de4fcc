package io.herald.notification.webhook;

import io.herald.component.Component;
import io.herald.component.ComponentJson;
import io.herald.component.ComponentRepository;
import io.herald.component.ComponentStatusChanged;
import io.herald.incident.IncidentJson;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentStatus;
import io.herald.incident.IncidentViews;
import io.herald.statuspage.PageStatus;
import io.herald.system.PageSettings;
import io.herald.system.Timestamps;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Statuspage-style webhook bodies: {@code meta}, {@code page}, then the incident (a maintenance goes as an
 * incident, as Statuspage sends it) or the component update. They are built only from the public JSON views, so
 * internal notes and severity cannot get in, nor can drills, except as the marked {@link #drillIncident} that
 * only the drill webhooks receive. {@code meta.unsubscribe} holds {@value #UNSUBSCRIBE_URL},
 * replaced per recipient when sent; meta comes first, so that is the first occurrence.
 */
@Singleton
public class WebhookPayloads {

    static final String UNSUBSCRIBE_URL = "{{unsubscribe_url}}";
    private static final String DRILL = "[DRILL] ";

    private final ComponentRepository components;
    private final IncidentRepository incidents;
    private final IncidentViews incidentViews;
    private final PageSettings page;
    private final JsonMapper json;

    WebhookPayloads(ComponentRepository components, IncidentRepository incidents, IncidentViews incidentViews,
                    PageSettings page, JsonMapper json) {
        this.components = components;
        this.incidents = incidents;
        this.incidentViews = incidentViews;
        this.page = page;
        this.json = json;
    }

    /** An incident payload; {@code incident} is an IncidentJson or a MaintenanceJson. */
    public String incident(Object incident) {
        Map<String, Object> body = head();
        body.put("incident", incident);
        return write(body);
    }

    /**
     * A drill's payload, for the drill webhooks only: the incident shape, with {@code "drill": true}, the name and
     * every update's body prefixed [DRILL], and the shortlink on the workspace (a drill has no public page). It
     * has no unsubscribe link: the drill audience is a setting, not a subscription.
     */
    public String drillIncident(IncidentJson drill, String workspace) {
        Map<String, Object> body = head();
        ((Map<?, ?>) body.get("meta")).remove("unsubscribe");
        body.put("drill", true);
        body.put("incident", new IncidentJson(drill.id(), DRILL + drill.name(), drill.status(), drill.createdAt(),
                drill.updatedAt(), drill.monitoringAt(), drill.resolvedAt(), drill.impact(), workspace,
                drill.startedAt(), drill.pageId(), drill.incidentUpdates().stream().map(u -> new IncidentJson.UpdateJson(
                        u.id(), u.status(), DRILL + u.body(), u.incidentId(), u.createdAt(), u.updatedAt(),
                        u.displayAt(), u.affectedComponents(), u.deliverNotifications(), u.customTweet(),
                        u.tweetId())).toList(), drill.components()));
        return write(body);
    }

    public String componentUpdate(ComponentStatusChanged changed) {
        Component component = components.findById(changed.componentId()).orElseThrow();
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("created_at", Timestamps.iso(changed.at()));
        update.put("new_status", changed.newStatus().code());
        update.put("old_status", changed.oldStatus().code());
        // The change has no id of its own in the event; component and time name it uniquely and stably.
        update.put("id", changed.componentId() + "-" + changed.at().toEpochMilli());
        update.put("component_id", String.valueOf(changed.componentId()));
        Map<String, Object> body = head();
        body.put("component_update", update);
        body.put("component", ComponentJson.of(component, page.id()));
        return write(body);
    }

    private Map<String, Object> head() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("unsubscribe", UNSUBSCRIBE_URL);
        meta.put("documentation", page.url() + "/webhooks");
        PageStatus status = pageStatus();
        Map<String, Object> pageJson = new LinkedHashMap<>();
        pageJson.put("id", page.id());
        pageJson.put("status_indicator", status.indicator().code());
        pageJson.put("status_description", status.description());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meta", meta);
        body.put("page", pageJson);
        return body;
    }

    // As the status page rolls it up: shown components and unresolved public incidents, as of this transaction.
    private PageStatus pageStatus() {
        var shown = components.listOrderByPositionAscAndIdAsc().stream().filter(Component::showcase)
                .map(Component::status).toList();
        var open = incidentViews.publicViews(incidents.findByDrillAndStatusNotIn(false,
                        List.of(IncidentStatus.RESOLVED, IncidentStatus.POSTMORTEM))).stream()
                .filter(i -> !i.status().closed()).map(i -> i.incident().impact()).toList();
        return PageStatus.rollUp(shown, open);
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
