package io.herald.incident;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class CreateIncident {

    private final IncidentRepository incidents;
    private final ApplyTemplate applyTemplate;
    private final ReadUpdateInput readUpdate;
    private final IncidentOwners owners;
    private final StoreUpdate storeUpdate;
    private final RecordAudit audit;
    private final ApplicationEventPublisher<IncidentCreated> events;
    private final Clock clock;

    CreateIncident(IncidentRepository incidents, ApplyTemplate applyTemplate, ReadUpdateInput readUpdate, IncidentOwners owners,
                   StoreUpdate storeUpdate, RecordAudit audit, ApplicationEventPublisher<IncidentCreated> events,
                   Clock clock) {
        this.incidents = incidents;
        this.applyTemplate = applyTemplate;
        this.readUpdate = readUpdate;
        this.owners = owners;
        this.storeUpdate = storeUpdate;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Incident create(CreateIncidentRequest request, Actor actor) {
        CreateIncidentRequest input = applyTemplate.toOpening(request);
        String name = Fields.requiredText("name", input.name(), 255);
        UpdateDraft first = readUpdate.read(input, IncidentStatus.INVESTIGATING);
        IncidentStatus.checkMove(IncidentStatus.INVESTIGATING, first.status());
        Impact impact = input.impact() == null ? Impact.MINOR : Impact.parse("impact", input.impact());
        Severity severity = input.severity() == null ? Severity.SEV3 : Severity.parse("severity", input.severity());
        var now = clock.instant();
        Incident incident = incidents.save(new Incident(null, name, first.status(), impact, severity,
                Boolean.TRUE.equals(input.drill()),
                owners.user("point_user_id", input.pointUserId()).orElse(null),
                owners.user("comms_user_id", input.commsUserId()).orElse(null),
                Cadence.checkedInterval(input.updateIntervalMinutes()),
                input.showNextUpdate() == null || input.showNextUpdate(),
                now, now, now, null, null));
        storeUpdate.store(incident, first, actor);
        audit.record(actor, "incident.create", "incident " + incident.id(),
                name + " (" + severity.code() + (incident.drill() ? ", drill" : "") + ")");
        events.publishEvent(new IncidentCreated(incident.id(), incident.drill()));
        return incidents.findById(incident.id()).orElseThrow();
    }
}
