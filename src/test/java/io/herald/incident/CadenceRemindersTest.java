package io.herald.incident;

import io.herald.support.HeraldTest;
import io.herald.support.MutableClock;
import io.herald.system.Actor;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reminder before each due time, an overdue notice after it, each exactly once per due time. */
@MicronautTest(transactional = false)
class CadenceRemindersTest extends HeraldTest {

    @Inject
    MutableClock clock;
    @Inject
    RemindOfDueUpdates reminders;
    @Inject
    CreateIncident createIncident;
    @Inject
    PostIncidentUpdate postUpdate;
    @Inject
    Heard heard;

    @Override
    protected Map<String, String> extraProperties() {
        // The test drives the job itself, against a clock it moves.
        return Map.of("herald.test.clock", "mutable", "herald.scheduler-interval", "1h");
    }

    @Test
    void remindsOncePerDueTimeAndStartsAgainAfterAnUpdate() {
        Incident incident = createIncident.create(CreateIncidentRequest.opening("Queue backlog", "major", "SEV1",
                "Investigating a growing backlog."), Actor.SYSTEM);
        assertEquals(0, reminders.remind(), "SEV1 is due in 30 minutes; nothing yet");

        clock.advance(Duration.ofMinutes(24));
        assertEquals(0, reminders.remind(), "still more than 5 minutes to go");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, reminders.remind(), "due in 4 minutes: the comms owner is reminded");
        assertEquals(0, reminders.remind(), "not twice for the same due time");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, reminders.remind(), "31 minutes: overdue, the point is told");
        assertEquals(0, reminders.remind());

        postUpdate.post(incident.id(), PostIncidentUpdateRequest.posting(null, "Still working on it."),
                Actor.SYSTEM);
        clock.advance(Duration.ofMinutes(26));
        assertEquals(1, reminders.remind(), "the new due time gets its own reminder");
        assertEquals(2, heard.dueSoon.size());
        assertEquals(1, heard.overdue.size());
        assertEquals(incident.id(), heard.overdue.get(0).incidentId());

        postUpdate.post(incident.id(), PostIncidentUpdateRequest.posting("resolved", "Resolved."),
                Actor.SYSTEM);
        clock.advance(Duration.ofHours(2));
        assertEquals(0, reminders.remind(), "a resolved incident owes no more updates");
    }

    @Singleton
    static class Heard {
        final List<UpdateDueSoon> dueSoon = new CopyOnWriteArrayList<>();
        final List<UpdateOverdue> overdue = new CopyOnWriteArrayList<>();

        @EventListener
        void on(UpdateDueSoon event) {
            dueSoon.add(event);
        }

        @EventListener
        void on(UpdateOverdue event) {
            overdue.add(event);
        }
    }
}
