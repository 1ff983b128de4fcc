package io.herald.maintenance;

import io.herald.component.Component;
import io.herald.component.ComponentJson;
import io.herald.component.ComponentRepository;
import io.herald.system.PageSettings;
import io.herald.system.Timestamps;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads maintenances with their updates and components in a few queries and shapes them for the public.
 * Internal notes, who posted, and the reminder and automation settings never get into a {@link MaintenanceJson}.
 */
@Singleton
public class MaintenanceViews {

    private final MaintenanceUpdateRepository updates;
    private final MaintenanceComponentRepository links;
    private final ComponentRepository components;
    private final PageSettings page;

    MaintenanceViews(MaintenanceUpdateRepository updates, MaintenanceComponentRepository links,
                     ComponentRepository components, PageSettings page) {
        this.updates = updates;
        this.links = links;
        this.components = components;
        this.page = page;
    }

    /** Public views of the given maintenances, in the same order; one without a published update is left out. */
    public List<PublicMaintenance> publicViews(Collection<Maintenance> maintenances) {
        if (maintenances.isEmpty()) {
            return List.of();
        }
        List<Long> ids = maintenances.stream().map(Maintenance::id).toList();
        Map<Long, List<MaintenanceUpdate>> published = updates.findByMaintenanceIdInOrderByPublishAtDescAndIdDesc(ids)
                .stream().filter(MaintenanceUpdate::published)
                .collect(Collectors.groupingBy(MaintenanceUpdate::maintenanceId));
        Map<Long, List<Long>> affected = links.findByMaintenanceIdIn(ids).stream()
                .collect(Collectors.groupingBy(MaintenanceComponent::maintenanceId,
                        Collectors.mapping(MaintenanceComponent::componentId, Collectors.toList())));
        Map<Long, Component> byId = components.listOrderByPositionAscAndIdAsc().stream()
                .collect(Collectors.toMap(Component::id, Function.identity()));

        List<PublicMaintenance> views = new ArrayList<>();
        for (Maintenance maintenance : maintenances) {
            List<MaintenanceUpdate> visible = published.getOrDefault(maintenance.id(), List.of());
            if (visible.isEmpty()) {
                continue;
            }
            List<Component> touched = affected.getOrDefault(maintenance.id(), List.of()).stream()
                    .filter(byId::containsKey).map(byId::get).toList();
            views.add(new PublicMaintenance(maintenance, visible, touched, json(maintenance, visible, touched)));
        }
        return views;
    }

    private MaintenanceJson json(Maintenance maintenance, List<MaintenanceUpdate> visible, List<Component> touched) {
        String id = String.valueOf(maintenance.id());
        List<MaintenanceJson.UpdateJson> updateJson = visible.stream().map(u -> new MaintenanceJson.UpdateJson(
                String.valueOf(u.id()), u.status().code(), u.body(), id, Timestamps.iso(u.publishedAt()),
                Timestamps.iso(u.updatedAt()), Timestamps.iso(u.publishAt()), null, u.deliverNotifications(), null,
                u.tweetId())).toList();
        // As the public saw it: the status and times follow its published updates.
        MaintenanceUpdate latest = visible.get(0);
        return new MaintenanceJson(id, maintenance.name(), latest.status().code(),
                Timestamps.iso(visible.get(visible.size() - 1).publishedAt()), Timestamps.iso(latest.publishedAt()),
                null, Timestamps.iso(maintenance.completedAt()), MaintenanceJson.IMPACT,
                page.url() + "/maintenances/" + id, Timestamps.iso(maintenance.startedAt()), page.id(), updateJson,
                touched.stream().map(c -> ComponentJson.of(c, page.id())).toList(),
                Timestamps.iso(maintenance.scheduledFor()), Timestamps.iso(maintenance.scheduledUntil()));
    }

    /** A maintenance with its published updates (newest first), the components it affects, and its public JSON. */
    public record PublicMaintenance(Maintenance maintenance, List<MaintenanceUpdate> updates,
                                    List<Component> components, MaintenanceJson json) {

        public MaintenanceStatus status() {
            return updates.get(0).status();
        }
    }
}
