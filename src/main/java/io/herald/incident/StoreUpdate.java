package io.herald.incident;

import io.herald.component.ComponentStatus;
import io.herald.system.Actor;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a checked update and, unless it is timed, publishes it at once. */
@Singleton
class StoreUpdate {

    private final IncidentUpdateRepository updates;
    private final IncidentUpdateComponentRepository updateComponents;
    private final PublishIncidentUpdate publish;
    private final UpdateBriefingRepository briefings;
    private final Clock clock;

    StoreUpdate(IncidentUpdateRepository updates, IncidentUpdateComponentRepository updateComponents,
                PublishIncidentUpdate publish, UpdateBriefingRepository briefings, Clock clock) {
        this.briefings = briefings;
        this.updates = updates;
        this.updateComponents = updateComponents;
        this.publish = publish;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    IncidentUpdate store(Incident incident, UpdateDraft draft, Actor actor) {
        var now = clock.instant();
        IncidentUpdate update = updates.save(new IncidentUpdate(null, incident.id(), draft.status(), draft.body(),
                draft.internalNote(), draft.deliverNotifications(), draft.customTweet(), null, actor.name(), now, now,
                draft.timed() ? draft.publishAt() : now, null, null));
        if (draft.businessImpact() != null || draft.nextSteps() != null) {
            briefings.updateBriefing(update.id(), draft.businessImpact(), draft.nextSteps());
        }
        componentsToSet(incident, draft).forEach((componentId, status) ->
                updateComponents.save(new IncidentUpdateComponent(null, update.id(), componentId, null, status)));
        if (draft.timed()) {
            return update;
        }
        if (draft.status().closed()) {
            cancelTimedUpdatesThatWouldReopen(incident.id(), now);
        }
        publish.publish(incident, update, actor);
        return updates.findById(update.id()).orElseThrow();
    }

    // "Resolve components" returns every component an earlier update touched to operational, unless this
    // update says otherwise for it.
    private Map<Long, ComponentStatus> componentsToSet(Incident incident, UpdateDraft draft) {
        Map<Long, ComponentStatus> result = new LinkedHashMap<>();
        if (draft.resolveComponents()) {
            var earlier = updates.findByIncidentIdOrderByPublishAtDescAndIdDesc(incident.id()).stream()
                    .map(IncidentUpdate::id).toList();
            if (!earlier.isEmpty()) {
                updateComponents.findByUpdateIdIn(earlier)
                        .forEach(change -> result.put(change.componentId(), ComponentStatus.OPERATIONAL));
            }
        }
        result.putAll(draft.components());
        return result;
    }

    private void cancelTimedUpdatesThatWouldReopen(long incidentId, java.time.Instant now) {
        updates.findByIncidentIdOrderByPublishAtDescAndIdDesc(incidentId).stream()
                .filter(u -> !u.published() && u.cancelledAt() == null && !u.status().closed())
                .forEach(u -> updates.update(new IncidentUpdate(u.id(), u.incidentId(), u.status(), u.body(),
                        u.internalNote(), u.deliverNotifications(), u.customTweet(), u.tweetId(), u.createdBy(),
                        u.createdAt(), now, u.publishAt(), null, now)));
    }
}
