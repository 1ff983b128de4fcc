package io.herald.statuspage;

import io.herald.component.Component;
import io.herald.component.ComponentGroup;
import io.herald.component.ComponentStatusChange;
import io.herald.incident.IncidentViews.PublicIncident;
import io.herald.system.SiteRevision.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything public, read in one transaction, from which every public document is rendered. */
record PublicSnapshot(Revision revision, List<ComponentGroup> groups, List<Component> components,
                      List<PublicIncident> incidents, Map<Long, Instant> nextUpdates,
                      Map<Long, List<ComponentStatusChange>> statusHistory, Instant takenAt) {

    List<PublicIncident> unresolved() {
        return incidents.stream().filter(i -> !i.status().closed()).toList();
    }

    List<Component> membersOf(ComponentGroup group) {
        return components.stream().filter(c -> group.id().equals(c.groupId())).toList();
    }

    List<Component> ungrouped() {
        return components.stream().filter(c -> c.groupId() == null).toList();
    }
}
