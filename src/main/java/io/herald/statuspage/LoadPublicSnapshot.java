package io.herald.statuspage;

import io.herald.component.ComponentGroupRepository;
import io.herald.component.ComponentRepository;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

@Singleton
class LoadPublicSnapshot {

    private final SiteRevision revision;
    private final ComponentGroupRepository groups;
    private final ComponentRepository components;

    LoadPublicSnapshot(SiteRevision revision, ComponentGroupRepository groups, ComponentRepository components) {
        this.revision = revision;
        this.groups = groups;
        this.components = components;
    }

    // Read-only and consistent: the revision read here is the one the documents are labelled with.
    @Transactional(readOnly = true)
    PublicSnapshot load() {
        return new PublicSnapshot(revision.current(), groups.listOrderByPositionAscAndIdAsc(),
                components.listOrderByPositionAscAndIdAsc());
    }
}
