package io.herald.incident;

import io.herald.system.NotFoundException;
import io.herald.system.Timestamps;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Singleton
class IncidentAdminViews {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final IncidentUpdateComponentRepository updateComponents;
    private final Cadence cadence;

    IncidentAdminViews(IncidentRepository incidents, IncidentUpdateRepository updates,
                       IncidentUpdateComponentRepository updateComponents, Cadence cadence) {
        this.incidents = incidents;
        this.updates = updates;
        this.updateComponents = updateComponents;
        this.cadence = cadence;
    }

    @Transactional(readOnly = true)
    List<IncidentAdminJson> all() {
        return incidents.listOrderByCreatedAtDesc().stream().map(this::json).toList();
    }

    @Transactional(readOnly = true)
    IncidentAdminJson one(long id) {
        return json(incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id)));
    }

    private IncidentAdminJson json(Incident i) {
        List<IncidentUpdate> all = updates.findByIncidentIdOrderByPublishAtDescAndIdDesc(i.id());
        Map<Long, List<IncidentUpdateComponent>> changes = all.isEmpty() ? Map.of()
                : updateComponents.findByUpdateIdIn(all.stream().map(IncidentUpdate::id).toList()).stream()
                .collect(Collectors.groupingBy(IncidentUpdateComponent::updateId));
        Instant lastPublished = all.stream().filter(IncidentUpdate::published).map(IncidentUpdate::publishedAt)
                .max(Instant::compareTo).orElse(null);
        return new IncidentAdminJson(String.valueOf(i.id()), i.name(), i.status().code(), i.impact().code(),
                i.severity().code(), i.drill(), id(i.pointUserId()), id(i.commsUserId()), i.updateIntervalMinutes(),
                i.showNextUpdate(), cadence.nextUpdateDue(i, lastPublished).map(Timestamps::iso).orElse(null),
                Timestamps.iso(i.createdAt()), Timestamps.iso(i.updatedAt()), Timestamps.iso(i.startedAt()),
                Timestamps.iso(i.monitoringAt()), Timestamps.iso(i.resolvedAt()),
                all.stream().map(u -> update(u, changes.getOrDefault(u.id(), List.of()))).toList());
    }

    private static IncidentAdminJson.Update update(IncidentUpdate u, List<IncidentUpdateComponent> changes) {
        Map<String, String> components = new LinkedHashMap<>();
        changes.forEach(c -> components.put(String.valueOf(c.componentId()), c.newStatus().code()));
        return new IncidentAdminJson.Update(String.valueOf(u.id()), u.status().code(), u.body(), u.internalNote(),
                components, u.deliverNotifications(), u.customTweet(), u.tweetId(), u.createdBy(),
                Timestamps.iso(u.createdAt()), Timestamps.iso(u.publishAt()), Timestamps.iso(u.publishedAt()),
                Timestamps.iso(u.cancelledAt()));
    }

    private static String id(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
