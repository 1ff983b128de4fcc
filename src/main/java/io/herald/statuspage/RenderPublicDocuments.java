package io.herald.statuspage;

import io.herald.system.MailSetup;
import io.herald.system.PageSettings;

import io.herald.component.Component;
import io.herald.component.ComponentGroup;
import io.herald.component.ComponentJson;
import io.herald.component.ComponentStatus;
import io.herald.incident.IncidentJson;
import io.herald.incident.IncidentViews.PublicIncident;
import io.herald.maintenance.MaintenanceJson;
import io.herald.maintenance.MaintenanceViews.PublicMaintenance;
import io.herald.system.Timestamps;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a snapshot into every public document, keyed by request path. */
@Singleton
class RenderPublicDocuments {

    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json";
    static final int API_INCIDENTS = 50;
    static final int API_MAINTENANCES = 50;
    // Older incidents (and maintenances) stay in the history and the API; their own pages are rendered for
    // the newest only.
    static final int INCIDENT_PAGES = 200;
    static final int MAINTENANCE_PAGES = 200;

    private final ThemeTemplates theme;
    private final PageSettings page;
    private final JsonMapper json;
    private final RenderFeeds feeds;
    private final MailSetup mail;

    RenderPublicDocuments(ThemeTemplates theme, PageSettings page, JsonMapper json, RenderFeeds feeds, MailSetup mail) {
        this.feeds = feeds;
        this.mail = mail;
        this.theme = theme;
        this.page = page;
        this.json = json;
    }

    DocumentSet render(PublicSnapshot snapshot) {
        var at = snapshot.revision().changedAt();
        var status = PageStatus.rollUp(visibleStatuses(snapshot),
                snapshot.unresolved().stream().map(i -> i.incident().impact()).toList());
        List<IncidentView> incidentViews = snapshot.incidents().stream()
                .map(i -> IncidentView.of(i, snapshot.nextUpdates().get(i.incident().id()), page.zone(),
                        snapshot.takenAt())).toList();
        Map<String, Object> pageJson = pageJson(snapshot);
        Map<String, Object> statusJson = ordered("indicator", status.indicator().code(), "description", status.description());
        List<ComponentJson> components = componentsJson(snapshot);

        DocumentSet docs = new DocumentSet();
        List<IncidentJson> unresolved = snapshot.unresolved().stream().map(PublicIncident::json).toList();
        List<IncidentJson> recent = snapshot.incidents().stream().limit(API_INCIDENTS).map(PublicIncident::json).toList();
        List<IncidentView> active = incidentViews.stream().filter(i -> !i.resolved()).toList();
        List<MaintenanceJson> upcomingMaintenances = maintenanceJson(snapshot.upcomingMaintenances());
        List<MaintenanceJson> activeMaintenances = maintenanceJson(snapshot.activeMaintenances());
        List<MaintenanceJson> inProgressAndUpcoming = new ArrayList<>(activeMaintenances);
        inProgressAndUpcoming.addAll(upcomingMaintenances);

        docs.add("/", () -> html(theme.render("page.jte", statusPageView(snapshot, status, active)), at));
        for (IncidentView incident : incidentViews.stream().limit(INCIDENT_PAGES).toList()) {
            docs.add("/incidents/" + incident.id(), () -> html(theme.render("incident.jte",
                    new IncidentPageView(page, incident)), at));
        }
        for (PublicMaintenance maintenance : snapshot.maintenances().stream().limit(MAINTENANCE_PAGES).toList()) {
            docs.add("/maintenances/" + maintenance.json().id(), () -> html(theme.render("maintenance.jte",
                    new MaintenancePageView(page, maintenanceView(maintenance))), at));
        }
        var history = HistoryView.pages(page, incidentViews,
                snapshot.completedMaintenances().stream().map(this::maintenanceView).toList());
        for (int i = 0; i < history.size(); i++) {
            HistoryView view = history.get(i);
            docs.add(i == 0 ? "/history" : "/history/page/" + (i + 1), () -> html(theme.render("history.jte", view), at));
        }
        docs.add("/api/v2/summary.json", () -> jsonDoc(ordered("page", pageJson, "status", statusJson, "components", components,
                "incidents", unresolved, "scheduled_maintenances", inProgressAndUpcoming), snapshot));
        docs.add("/api/v2/status.json", () -> jsonDoc(ordered("page", pageJson, "status", statusJson), snapshot));
        docs.add("/api/v2/components.json", () -> jsonDoc(ordered("page", pageJson, "components", components), snapshot));
        docs.add("/api/v2/incidents.json", () -> jsonDoc(ordered("page", pageJson, "incidents", recent), snapshot));
        docs.add("/api/v2/incidents/unresolved.json", () -> jsonDoc(ordered("page", pageJson, "incidents", unresolved), snapshot));
        docs.add("/api/v2/scheduled-maintenances.json", () -> jsonDoc(ordered("page", pageJson, "scheduled_maintenances",
                maintenanceJson(snapshot.maintenances().stream().limit(API_MAINTENANCES).toList())), snapshot));
        docs.add("/api/v2/scheduled-maintenances/upcoming.json", () -> jsonDoc(ordered("page", pageJson,
                "scheduled_maintenances", upcomingMaintenances), snapshot));
        docs.add("/api/v2/scheduled-maintenances/active.json", () -> jsonDoc(ordered("page", pageJson,
                "scheduled_maintenances", activeMaintenances), snapshot));
        feeds.render(snapshot, docs);
        return docs;
    }

    private static List<MaintenanceJson> maintenanceJson(List<PublicMaintenance> maintenances) {
        return maintenances.stream().map(PublicMaintenance::json).toList();
    }

    private MaintenanceView maintenanceView(PublicMaintenance maintenance) {
        return MaintenanceView.of(maintenance, page.zone());
    }

    private static CachedDocument html(String body, java.time.Instant at) {
        return CachedDocument.of(body.getBytes(StandardCharsets.UTF_8), HTML, at);
    }

    private StatusPageView statusPageView(PublicSnapshot snapshot, PageStatus status, List<IncidentView> active) {
        List<Row> rows = new ArrayList<>();
        snapshot.ungrouped().stream().filter(RenderPublicDocuments::shown)
                .forEach(c -> rows.add(new Row(c.position(), item(c, snapshot))));
        for (ComponentGroup group : snapshot.groups()) {
            List<StatusPageView.Item> children = snapshot.membersOf(group).stream().filter(RenderPublicDocuments::shown)
                    .map(c -> item(c, snapshot)).toList();
            if (!children.isEmpty()) {
                ComponentStatus worst = children.stream().map(StatusPageView.Item::status)
                        .max(Comparator.naturalOrder()).orElseThrow();
                rows.add(new Row(group.position(),
                        new StatusPageView.Item(group.name(), group.description(), worst, true, children, null)));
            }
        }
        List<StatusPageView.Item> items = rows.stream()
                .sorted(Comparator.comparingInt(Row::position)).map(Row::item).toList();
        return new StatusPageView(page, status, items, snapshot.revision().changedAt().atZone(page.zone()),
                Arrays.asList(ComponentStatus.values()), active,
                snapshot.activeMaintenances().stream().map(this::maintenanceView).toList(),
                snapshot.upcomingMaintenances().stream().map(this::maintenanceView).toList(),
                snapshot.components().stream().filter(RenderPublicDocuments::shown)
                        .map(c -> new StatusPageView.SubscribeOption(String.valueOf(c.id()), c.name())).toList(),
                mail.configured());
    }

    private record Row(int position, StatusPageView.Item item) {
    }

    /** Hidden components (showcase off) and quiet "only show if degraded" ones stay off the page. */
    private static boolean shown(Component c) {
        return c.showcase() && !(c.onlyShowIfDegraded() && c.status() == ComponentStatus.OPERATIONAL);
    }

    // The 90-day bars change with the clock too, so they are as fresh as the last change or poll.
    private StatusPageView.Item item(Component c, PublicSnapshot snapshot) {
        var uptime = UptimeBars.compute(snapshot.statusHistory().getOrDefault(c.id(), List.of()), page.zone(),
                snapshot.takenAt(), UptimeBars.DAYS);
        return new StatusPageView.Item(c.name(), c.description(), c.status(), false, List.of(), uptime);
    }

    private static List<ComponentStatus> visibleStatuses(PublicSnapshot snapshot) {
        return snapshot.components().stream().filter(Component::showcase).map(Component::status).toList();
    }

    /** Groups and components in one list, each group followed by its members, as Statuspage lists them. */
    private List<ComponentJson> componentsJson(PublicSnapshot snapshot) {
        List<Map.Entry<Integer, List<ComponentJson>>> blocks = new ArrayList<>();
        snapshot.ungrouped().forEach(c -> blocks.add(Map.entry(c.position(), List.of(ComponentJson.of(c, page.id())))));
        for (ComponentGroup group : snapshot.groups()) {
            List<Component> members = snapshot.membersOf(group);
            List<ComponentJson> block = new ArrayList<>();
            block.add(ComponentJson.of(group, members, page.id()));
            members.forEach(c -> block.add(ComponentJson.of(c, page.id())));
            blocks.add(Map.entry(group.position(), block));
        }
        return blocks.stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> e.getValue().stream()).toList();
    }

    private Map<String, Object> pageJson(PublicSnapshot snapshot) {
        return ordered("id", page.id(), "name", page.name(), "url", page.url(), "time_zone", page.timeZone(),
                "updated_at", Timestamps.iso(snapshot.revision().changedAt()));
    }

    private CachedDocument jsonDoc(Map<String, Object> body, PublicSnapshot snapshot) {
        try {
            return CachedDocument.of(json.writeValueAsBytes(body), JSON, snapshot.revision().changedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
