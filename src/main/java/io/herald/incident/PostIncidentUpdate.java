package io.herald.incident;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

@Singleton
public class PostIncidentUpdate {

    private final IncidentRepository incidents;
    private final ApplyTemplate applyTemplate;
    private final ReadUpdateInput readUpdate;
    private final StoreUpdate storeUpdate;
    private final RecordAudit audit;

    PostIncidentUpdate(IncidentRepository incidents, ApplyTemplate applyTemplate, ReadUpdateInput readUpdate, StoreUpdate storeUpdate,
                       RecordAudit audit) {
        this.incidents = incidents;
        this.applyTemplate = applyTemplate;
        this.readUpdate = readUpdate;
        this.storeUpdate = storeUpdate;
        this.audit = audit;
    }

    @Transactional
    public IncidentUpdate post(long incidentId, PostIncidentUpdateRequest request, Actor actor) {
        PostIncidentUpdateRequest input = applyTemplate.toUpdate(request);
        Incident incident = incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("Incident", incidentId));
        UpdateDraft draft = readUpdate.read(input, incident.status());
        IncidentStatus.checkMove(incident.status(), draft.status());
        IncidentUpdate update = storeUpdate.store(incident, draft, actor);
        audit.record(actor, draft.timed() ? "incident.update.schedule" : "incident.update", "incident " + incidentId,
                draft.status().code() + (draft.timed() ? " at " + draft.publishAt() : ""));
        return update;
    }
}
