package io.herald.incident;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** PATCH: changes the incident's own fields; a body or status in the same request also posts an update. */
@Singleton
public class ChangeIncident {

    private final IncidentRepository incidents;
    private final IncidentOwners owners;
    private final PostIncidentUpdate postUpdate;
    private final RecordAudit audit;
    private final SiteRevision revision;
    private final Clock clock;

    ChangeIncident(IncidentRepository incidents, IncidentOwners owners, PostIncidentUpdate postUpdate,
                   RecordAudit audit, SiteRevision revision, Clock clock) {
        this.incidents = incidents;
        this.owners = owners;
        this.postUpdate = postUpdate;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Incident change(long id, ChangeIncidentRequest input, Actor actor) {
        input.refuseWhatAChangeCannotApply();
        Incident current = incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
        Incident changed = new Incident(id,
                input.name() == null ? current.name() : Fields.requiredText("name", input.name(), 255),
                current.status(),
                input.impact() == null ? current.impact() : Impact.parse("impact", input.impact()),
                input.severity() == null ? current.severity() : Severity.parse("severity", input.severity()),
                current.drill(),
                input.pointUserId() == null ? current.pointUserId() : owners.user("point_user_id", input.pointUserId()).orElse(null),
                input.commsUserId() == null ? current.commsUserId() : owners.user("comms_user_id", input.commsUserId()).orElse(null),
                input.updateIntervalMinutes() == null ? current.updateIntervalMinutes()
                        : Cadence.checkedInterval(input.updateIntervalMinutes()),
                input.showNextUpdate() == null ? current.showNextUpdate() : input.showNextUpdate(),
                current.createdAt(), clock.instant(), current.startedAt(), current.monitoringAt(), current.resolvedAt());
        incidents.update(changed);
        audit.record(actor, "incident.change", "incident " + id, changed.name() + ", " + changed.impact().code()
                + ", " + changed.severity().code());
        revision.bump();
        input.update().ifPresent(update -> postUpdate.post(id, update, actor));
        return incidents.findById(id).orElseThrow();
    }
}
