package io.herald.incident;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Removes an update (an admin's call, e.g. one posted to the wrong incident). Its text stays in the audit
 * log; component statuses it set are left as they are, since later changes may build on them.
 */
@Singleton
public class DeleteIncidentUpdate {

    private final IncidentUpdateRepository updates;
    private final RecordAudit audit;
    private final SiteRevision revision;

    DeleteIncidentUpdate(IncidentUpdateRepository updates, RecordAudit audit, SiteRevision revision) {
        this.updates = updates;
        this.audit = audit;
        this.revision = revision;
    }

    @Transactional
    public void delete(long incidentId, long updateId, Actor actor) {
        IncidentUpdate update = updates.findById(updateId).filter(u -> u.incidentId() == incidentId)
                .orElseThrow(() -> new NotFoundException("Update", updateId));
        updates.delete(update);
        audit.record(actor, "incident.update.delete", "incident " + incidentId + " update " + updateId,
                update.status().code() + ": " + update.body());
        revision.bump();
    }
}
