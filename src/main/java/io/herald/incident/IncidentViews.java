package io.herald.incident;

import io.herald.component.Component;
import io.herald.component.ComponentJson;
import io.herald.component.ComponentRepository;
import io.herald.system.PageSettings;
import io.herald.system.Timestamps;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads incidents with their updates in a few queries and shapes them for the public. What is not
 * published (timed updates still waiting, cancelled ones) and what is internal (notes, severity,
 * drills) never gets into an {@link IncidentJson}.
 */
@Singleton
public class IncidentViews {

    private final IncidentUpdateRepository updates;
    private final IncidentUpdateComponentRepository updateComponents;
    private final ComponentRepository components;
    private final PageSettings page;

    IncidentViews(IncidentUpdateRepository updates, IncidentUpdateComponentRepository updateComponents,
                  ComponentRepository components, PageSettings page) {
        this.updates = updates;
        this.updateComponents = updateComponents;
        this.components = components;
        this.page = page;
    }

    /** Public views of the given incidents, in the same order; drills and unpublished incidents are left out. */
    public List<PublicIncident> publicViews(Collection<Incident> incidents) {
        return views(incidents.stream().filter(i -> !i.drill()).toList());
    }

    /**
     * A drill in the public shape, for the drill audience's webhooks only; never hand it to a public output.
     * Empty for an incident that is not a drill, or has no published update yet.
     */
    public Optional<IncidentJson> drillJson(Incident drill) {
        return drill.drill() ? views(List.of(drill)).stream().findFirst().map(PublicIncident::json) : Optional.empty();
    }

    private List<PublicIncident> views(List<Incident> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IncidentUpdate>> published = updates.findByIncidentIdInOrderByPublishAtDescAndIdDesc(
                        candidates.stream().map(Incident::id).toList()).stream()
                .filter(IncidentUpdate::published)
                .collect(Collectors.groupingBy(IncidentUpdate::incidentId));
        List<Long> updateIds = published.values().stream().flatMap(List::stream).map(IncidentUpdate::id).toList();
        Map<Long, List<IncidentUpdateComponent>> changes = updateIds.isEmpty() ? Map.of()
                : updateComponents.findByUpdateIdIn(updateIds).stream()
                .collect(Collectors.groupingBy(IncidentUpdateComponent::updateId));
        Map<Long, Component> byId = components.listOrderByPositionAscAndIdAsc().stream()
                .collect(Collectors.toMap(Component::id, Function.identity()));

        List<PublicIncident> views = new ArrayList<>();
        for (Incident incident : candidates) {
            List<IncidentUpdate> visible = published.getOrDefault(incident.id(), List.of());
            if (!visible.isEmpty()) {
                views.add(new PublicIncident(incident, visible, json(incident, visible, changes, byId)));
            }
        }
        return views;
    }

    private IncidentJson json(Incident incident, List<IncidentUpdate> visible,
                              Map<Long, List<IncidentUpdateComponent>> changes, Map<Long, Component> byId) {
        Set<Long> affected = new LinkedHashSet<>();
        List<IncidentJson.UpdateJson> updateJson = visible.stream().map(u -> {
            List<IncidentUpdateComponent> set = changes.getOrDefault(u.id(), List.of());
            set.forEach(change -> affected.add(change.componentId()));
            List<IncidentJson.AffectedComponent> list = set.stream().filter(c -> byId.containsKey(c.componentId()))
                    .map(c -> new IncidentJson.AffectedComponent(String.valueOf(c.componentId()),
                            byId.get(c.componentId()).name(),
                            c.oldStatus() == null ? null : c.oldStatus().code(), c.newStatus().code()))
                    .toList();
            return new IncidentJson.UpdateJson(String.valueOf(u.id()), u.status().code(), u.body(),
                    String.valueOf(incident.id()), Timestamps.iso(u.publishedAt()), Timestamps.iso(u.updatedAt()),
                    Timestamps.iso(u.publishAt()), list.isEmpty() ? null : list, u.deliverNotifications(),
                    u.customTweet(), u.tweetId());
        }).toList();
        // The incident as the public saw it: its status and times follow its published updates only.
        IncidentUpdate latest = visible.get(0);
        return new IncidentJson(String.valueOf(incident.id()), incident.name(), latest.status().code(),
                Timestamps.iso(visible.get(visible.size() - 1).publishedAt()), Timestamps.iso(latest.publishedAt()),
                Timestamps.iso(incident.monitoringAt()), Timestamps.iso(incident.resolvedAt()), incident.impact().code(),
                page.url() + "/incidents/" + incident.id(), Timestamps.iso(incident.startedAt()), page.id(), updateJson,
                affected.stream().filter(byId::containsKey).map(id -> ComponentJson.of(byId.get(id), page.id())).toList());
    }

    /** An incident with its published updates (newest first), and its public JSON. */
    public record PublicIncident(Incident incident, List<IncidentUpdate> updates, IncidentJson json) {

        public IncidentStatus status() {
            return updates.get(0).status();
        }
    }
}
