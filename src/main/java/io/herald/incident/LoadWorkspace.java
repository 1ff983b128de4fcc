package io.herald.incident;

import io.herald.component.ComponentRepository;
import io.herald.maintenance.Maintenance;
import io.herald.maintenance.MaintenanceRepository;
import io.herald.maintenance.MaintenanceStatus;
import io.herald.security.AppUserRepository;
import io.herald.security.Viewer;
import io.herald.system.NotFoundException;
import io.herald.system.PageSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Singleton
class LoadWorkspace {

    private static final int RECENTLY_CLOSED = 10;

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final IncidentUpdateComponentRepository updateComponents;
    private final UpdateEditRepository edits;
    private final ReminderRepository reminders;
    private final IncidentTemplateRepository templates;
    private final ComponentRepository components;
    private final AppUserRepository users;
    private final MaintenanceRepository maintenances;
    private final Cadence cadence;
    private final PageSettings page;
    private final Clock clock;

    LoadWorkspace(IncidentRepository incidents, IncidentUpdateRepository updates,
                  IncidentUpdateComponentRepository updateComponents, UpdateEditRepository edits,
                  ReminderRepository reminders, IncidentTemplateRepository templates, ComponentRepository components,
                  AppUserRepository users, MaintenanceRepository maintenances, Cadence cadence, PageSettings page,
                  Clock clock) {
        this.maintenances = maintenances;
        this.incidents = incidents;
        this.updates = updates;
        this.updateComponents = updateComponents;
        this.edits = edits;
        this.reminders = reminders;
        this.templates = templates;
        this.components = components;
        this.users = users;
        this.cadence = cadence;
        this.page = page;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Workspace.Dashboard dashboard(Viewer viewer, @Nullable String error) {
        List<Workspace.Row> rows = incidents.listOrderByCreatedAtDesc().stream().map(this::row).toList();
        List<Workspace.Row> open = rows.stream().filter(r -> !r.incident().status().closed())
                .sorted(Comparator.comparing(r -> r.nextUpdateDue() == null ? Instant.MAX : r.nextUpdateDue()))
                .toList();
        List<Workspace.Row> closed = rows.stream().filter(r -> r.incident().status().closed()).limit(RECENTLY_CLOSED)
                .toList();
        // Upcoming and running maintenance, soonest first: the comms role plans around it.
        List<Maintenance> maintenance = maintenances.listOrderByScheduledForDescAndIdDesc().stream()
                .filter(m -> m.status() != MaintenanceStatus.COMPLETED)
                .sorted(Comparator.comparing(Maintenance::scheduledFor)).toList();
        return new Workspace.Dashboard(viewer, open, closed, maintenance, templates.listOrderByName(),
                components.listOrderByPositionAscAndIdAsc(), users.listOrderByEmail(), page.timeZone(), error);
    }

    @Transactional(readOnly = true)
    Workspace.Detail detail(long id, Viewer viewer, @Nullable String error) {
        Incident incident = incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
        List<IncidentUpdate> all = updates.findByIncidentIdOrderByPublishAtDescAndIdDesc(id);
        Map<Long, List<IncidentUpdateComponent>> changes = all.isEmpty() ? Map.of()
                : updateComponents.findByUpdateIdIn(all.stream().map(IncidentUpdate::id).toList()).stream()
                .collect(Collectors.groupingBy(IncidentUpdateComponent::updateId));
        List<Workspace.UpdateRow> updateRows = all.stream().map(u -> new Workspace.UpdateRow(u,
                changes.getOrDefault(u.id(), List.of()), edits.findByUpdateIdOrderByEditedAtDesc(u.id())))
                .sorted(Workspace.UpdateRow.NEWEST_FIRST).toList();
        return new Workspace.Detail(viewer, row(incident), updateRows, components.listOrderByPositionAscAndIdAsc(),
                templates.listOrderByName(), users.listOrderByEmail(), page.timeZone(), error);
    }

    private Workspace.Row row(Incident incident) {
        Instant last = updates.findByIncidentIdOrderByPublishAtDescAndIdDesc(incident.id()).stream()
                .filter(IncidentUpdate::published).map(IncidentUpdate::publishedAt)
                .max(Comparator.naturalOrder()).orElse(null);
        Instant due = cadence.nextUpdateDue(incident, last).orElse(null);
        // Only the reminders about the update due now matter; earlier ones were answered by an update.
        return new Workspace.Row(incident, last, due, due != null && !clock.instant().isBefore(due),
                reminders.findByIncidentIdOrderByCreatedAtDesc(incident.id()).stream()
                        .filter(r -> r.dueAt().equals(due)).toList());
    }
}
