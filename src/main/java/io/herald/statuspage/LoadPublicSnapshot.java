package io.herald.statuspage;

import io.herald.component.ComponentGroupRepository;
import io.herald.component.ComponentRepository;
import io.herald.component.ComponentStatusChange;
import io.herald.component.ComponentStatusChangeRepository;
import io.herald.incident.Cadence;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentViews;
import io.herald.maintenance.MaintenanceRepository;
import io.herald.maintenance.MaintenanceViews;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

@Singleton
class LoadPublicSnapshot {

    private final SiteRevision revision;
    private final ComponentGroupRepository groups;
    private final ComponentRepository components;
    private final IncidentRepository incidents;
    private final IncidentViews incidentViews;
    private final Cadence cadence;
    private final MaintenanceRepository maintenances;
    private final MaintenanceViews maintenanceViews;
    private final ComponentStatusChangeRepository statusChanges;
    private final Clock clock;

    LoadPublicSnapshot(SiteRevision revision, ComponentGroupRepository groups, ComponentRepository components,
                       IncidentRepository incidents, IncidentViews incidentViews, Cadence cadence,
                       MaintenanceRepository maintenances, MaintenanceViews maintenanceViews,
                       ComponentStatusChangeRepository statusChanges, Clock clock) {
        this.maintenances = maintenances;
        this.maintenanceViews = maintenanceViews;
        this.statusChanges = statusChanges;
        this.clock = clock;
        this.revision = revision;
        this.groups = groups;
        this.components = components;
        this.incidents = incidents;
        this.incidentViews = incidentViews;
        this.cadence = cadence;
    }

    // Read-only and consistent: the revision read here is the one the documents are labelled with.
    @Transactional(readOnly = true)
    PublicSnapshot load() {
        var publicIncidents = incidentViews.publicViews(incidents.findByDrillOrderByCreatedAtDesc(false));
        Map<Long, Instant> nextUpdates = new HashMap<>();
        for (var incident : publicIncidents) {
            if (incident.incident().showNextUpdate()) {
                cadence.nextUpdateDue(incident.incident(), incident.updates().get(0).publishedAt())
                        .ifPresent(due -> nextUpdates.put(incident.incident().id(), due));
            }
        }
        return new PublicSnapshot(revision.current(), groups.listOrderByPositionAscAndIdAsc(),
                components.listOrderByPositionAscAndIdAsc(), publicIncidents, nextUpdates,
                maintenanceViews.publicViews(maintenances.listOrderByScheduledForDescAndIdDesc()),
                statusChanges.findAll().stream().collect(Collectors.groupingBy(ComponentStatusChange::componentId)),
                clock.instant());
    }
}
