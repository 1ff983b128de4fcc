package io.herald.incident;

import io.herald.system.DatabaseSchema;
import io.herald.system.Actor;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Publishes timed updates whose moment has come. The claim (FOR UPDATE SKIP LOCKED) and the stamp of
 * {@code published_at} share one transaction, so each update is published and announced exactly once,
 * whichever instance gets it, and one left behind by a crash is taken at the next run.
 */
@Singleton
public class PublishDueUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(PublishDueUpdates.class);
    private static final Actor SCHEDULER = new Actor("scheduled update", "");

    private final IncidentRepository incidents;
    private final IncidentUpdateRepository updates;
    private final PublishIncidentUpdate publish;
    private final Clock clock;
    private final DatabaseSchema schema;

    PublishDueUpdates(IncidentRepository incidents, IncidentUpdateRepository updates, PublishIncidentUpdate publish,
                      Clock clock, DatabaseSchema schema) {
        this.schema = schema;
        this.incidents = incidents;
        this.updates = updates;
        this.publish = publish;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${herald.scheduler-interval:1s}", initialDelay = "2s")
    void run() {
        if (!schema.ready()) {
            return; // the tables may not exist yet
        }
        try {
            publishDue();
        } catch (RuntimeException e) {
            LOG.warn("Publishing timed updates failed; trying again at the next run", e);
        }
    }

    /** Returns how many updates this call published. */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (IncidentUpdate due : updates.claimDue(now)) {
            Incident incident = incidents.findById(due.incidentId()).orElseThrow();
            if (incident.status().closed() && !due.status().closed()) {
                // resolved meanwhile: publishing would reopen it
                updates.update(new IncidentUpdate(due.id(), due.incidentId(), due.status(), due.body(),
                        due.internalNote(), due.deliverNotifications(), due.customTweet(), due.tweetId(),
                        due.createdBy(), due.createdAt(), now, due.publishAt(), null, now));
                continue;
            }
            publish.publish(incident, due, new Actor(due.createdBy() + " (" + SCHEDULER.name() + ")", ""));
            published++;
        }
        return published;
    }
}
