package io.herald.statuspage;

import io.herald.component.Component;
import io.herald.component.ComponentGroup;
import io.herald.system.SiteRevision.Revision;

import java.util.List;

/** Everything public, read in one transaction, from which every public document is rendered. */
record PublicSnapshot(Revision revision, List<ComponentGroup> groups, List<Component> components) {

    List<Component> membersOf(ComponentGroup group) {
        return components.stream().filter(c -> group.id().equals(c.groupId())).toList();
    }

    List<Component> ungrouped() {
        return components.stream().filter(c -> c.groupId() == null).toList();
    }
}
