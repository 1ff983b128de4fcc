package io.herald.notification.announce;

import io.herald.incident.IncidentUpdateRepository;
import io.herald.maintenance.MaintenanceUpdateRepository;
import io.herald.notification.Source;
import io.herald.system.NotFoundException;
import jakarta.inject.Singleton;

/**
 * The outbox source of an update named in a URL, after checking that the update belongs to the incident or
 * maintenance the URL names (a 404 otherwise, so one incident's URL cannot reach another's deliveries).
 */
@Singleton
public class AnnouncementSources {

    private final IncidentUpdateRepository incidentUpdates;
    private final MaintenanceUpdateRepository maintenanceUpdates;

    AnnouncementSources(IncidentUpdateRepository incidentUpdates, MaintenanceUpdateRepository maintenanceUpdates) {
        this.incidentUpdates = incidentUpdates;
        this.maintenanceUpdates = maintenanceUpdates;
    }

    public Source incidentUpdate(long id, long updateId) {
        incidentUpdates.findById(updateId).filter(u -> u.incidentId() == id)
                .orElseThrow(() -> new NotFoundException("Update", updateId + " of incident " + id));
        return new Source.IncidentUpdate(updateId);
    }

    public Source maintenanceUpdate(long id, long updateId) {
        maintenanceUpdates.findById(updateId).filter(u -> u.maintenanceId() == id)
                .orElseThrow(() -> new NotFoundException("Update", updateId + " of maintenance " + id));
        return new Source.MaintenanceUpdate(updateId);
    }
}
