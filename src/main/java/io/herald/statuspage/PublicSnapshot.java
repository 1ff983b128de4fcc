package io.herald.statuspage;

import io.herald.component.Component;
import io.herald.component.ComponentGroup;
import io.herald.component.ComponentStatusChange;
import io.herald.incident.IncidentViews.PublicIncident;
import io.herald.maintenance.MaintenanceStatus;
import io.herald.maintenance.MaintenanceViews.PublicMaintenance;
import io.herald.system.SiteRevision.Revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything public, read in one transaction, from which every public document is rendered. Incidents are
 * newest first; maintenances latest scheduled_for first.
 */
record PublicSnapshot(Revision revision, List<ComponentGroup> groups, List<Component> components,
                      List<PublicIncident> incidents, Map<Long, Instant> nextUpdates,
                      List<PublicMaintenance> maintenances,
                      Map<Long, List<ComponentStatusChange>> statusHistory, Instant takenAt) {

    List<PublicIncident> unresolved() {
        return incidents.stream().filter(i -> !i.status().closed()).toList();
    }

    /** Status {@code scheduled}, the next one first. */
    List<PublicMaintenance> upcomingMaintenances() {
        return soonestFirst(m -> m.status() == MaintenanceStatus.SCHEDULED);
    }

    /** In progress or verifying, the earliest begun first. */
    List<PublicMaintenance> activeMaintenances() {
        return soonestFirst(m -> m.status().active());
    }

    List<PublicMaintenance> completedMaintenances() {
        return maintenances.stream().filter(m -> m.status() == MaintenanceStatus.COMPLETED).toList();
    }

    private List<PublicMaintenance> soonestFirst(Predicate<PublicMaintenance> which) {
        List<PublicMaintenance> list = new ArrayList<>(maintenances.stream().filter(which).toList());
        Collections.reverse(list);
        return list;
    }

    List<Component> membersOf(ComponentGroup group) {
        return components.stream().filter(c -> group.id().equals(c.groupId())).toList();
    }

    List<Component> ungrouped() {
        return components.stream().filter(c -> c.groupId() == null).toList();
    }
}
