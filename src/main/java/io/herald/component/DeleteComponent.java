package io.herald.component;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

@Singleton
public class DeleteComponent {

    private final ComponentRepository components;
    private final RecordAudit audit;
    private final SiteRevision revision;

    DeleteComponent(ComponentRepository components, RecordAudit audit, SiteRevision revision) {
        this.components = components;
        this.audit = audit;
        this.revision = revision;
    }

    @Transactional
    public void delete(long id, Actor actor) {
        Component component = components.findById(id).orElseThrow(() -> new NotFoundException("Component", id));
        components.delete(component);
        audit.record(actor, "component.delete", "component " + id, component.name());
        revision.bump();
    }
}
