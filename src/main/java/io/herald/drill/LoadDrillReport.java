package io.herald.drill;

import io.herald.incident.Cadence;
import io.herald.incident.Incident;
import io.herald.incident.IncidentRepository;
import io.herald.incident.IncidentUpdate;
import io.herald.incident.IncidentUpdateRepository;
import io.herald.notification.progress.DeliveryProgress;
import io.herald.notification.progress.LoadDeliveryProgress;
import io.herald.system.ConflictException;
import io.herald.system.NotFoundException;
import io.herald.system.Timestamps;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The report of a drill. The cadence is the incident's as it stands now (its own interval, else its severity's):
 * Herald keeps no history of cadence changes, and a drill rarely changes it midway.
 */
@Singleton
public class LoadDrillReport {

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final DrillDeliveryRepository deliveries;
    private final Cadence cadence;
    private final Clock clock;

    LoadDrillReport(IncidentRepository incidents, IncidentUpdateRepository updates,
                    DrillDeliveryRepository deliveries, Cadence cadence, Clock clock) {
        this.incidents = incidents;
        this.updates = updates;
        this.deliveries = deliveries;
        this.cadence = cadence;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DrillReport load(long incidentId) {
        Incident incident = incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("Incident", incidentId));
        if (!incident.drill()) {
            throw new ConflictException("Incident " + incidentId + " is not a drill; only a drill has a drill report");
        }
        List<IncidentUpdate> posted = updates.findByIncidentIdOrderByPublishAtDescAndIdDesc(incidentId).stream()
                .filter(IncidentUpdate::published)
                .sorted(Comparator.comparing(IncidentUpdate::publishedAt).thenComparing(IncidentUpdate::id)).toList();
        Optional<Duration> interval = cadence.interval(incident);
        CadenceCheck.Result kept = CadenceCheck.check(posted, interval);
        Instant first = posted.isEmpty() ? null : posted.get(0).publishedAt();
        Instant last = posted.isEmpty() ? null : posted.get(posted.size() - 1).publishedAt();
        boolean overdue = cadence.nextUpdateDue(incident, last).map(clock.instant()::isAfter).orElse(false);
        return new DrillReport(String.valueOf(incident.id()), incident.name(), incident.status().code(),
                Timestamps.iso(incident.createdAt()), Timestamps.iso(first),
                first == null ? null : Duration.between(incident.createdAt(), first).toSeconds(),
                interval.map(d -> (int) d.toMinutes()).orElse(null), kept.updates(),
                new DrillReport.CadenceKept(kept.onTime(), kept.late(), kept.longestGapSeconds(), overdue),
                DeliveryProgress.of(deliveries.countByState(incidentId),
                        deliveries.failures(incidentId, LoadDeliveryProgress.FAILURES_SHOWN)));
    }
}
