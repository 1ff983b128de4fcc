package io.herald.component;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Applies a PATCH: only the fields present change; a status change goes through ChangeComponentStatus. */
@Singleton
public class UpdateComponent {

    private final ComponentRepository components;
    private final GroupReference groups;
    private final ChangeComponentStatus changeStatus;
    private final RecordAudit audit;
    private final SiteRevision revision;
    private final Clock clock;

    UpdateComponent(ComponentRepository components, GroupReference groups, ChangeComponentStatus changeStatus,
                    RecordAudit audit, SiteRevision revision, Clock clock) {
        this.components = components;
        this.groups = groups;
        this.changeStatus = changeStatus;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Component update(long id, ComponentInput input, Actor actor) {
        Component current = components.findById(id).orElseThrow(() -> new NotFoundException("Component", id));
        // Parse everything before writing anything: bad input changes nothing.
        var status = input.status() == null ? null : ComponentStatus.parse("status", input.status());
        if (status == null) {
            Fields.notApplicable("reason", input.reason(), "goes with a status change; give the status too");
        }
        if (input.changesStructure()) {
            Component edited = new Component(id,
                    input.groupId() == null ? current.groupId() : groups.resolve(input.groupId()).orElse(null),
                    input.name() == null ? current.name() : Fields.requiredText("name", input.name(), 255),
                    input.description() == null ? current.description()
                            : Fields.optionalText("description", input.description(), 1000).orElse(null),
                    current.status(),
                    input.position() == null ? current.position() : Fields.position("position", input.position()),
                    input.showcase() == null ? current.showcase() : input.showcase(),
                    input.onlyShowIfDegraded() == null ? current.onlyShowIfDegraded() : input.onlyShowIfDegraded(),
                    input.startDate() == null ? current.startDate()
                            : Fields.optionalDate("start_date", input.startDate()).orElse(null),
                    current.createdAt(), clock.instant());
            current = components.update(edited);
            audit.record(actor, "component.update", "component " + id, edited.name());
            revision.bump();
        }
        if (status != null) {
            current = changeStatus.change(id, status, input.reason(), actor);
        }
        return current;
    }
}
