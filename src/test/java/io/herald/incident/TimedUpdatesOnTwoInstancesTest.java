package io.herald.incident;

import io.herald.support.SecondInstanceTest;
import io.herald.system.Actor;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two Herald instances on one database both run the publishing job; every timed update is announced once. */
@MicronautTest(transactional = false)
class TimedUpdatesOnTwoInstancesTest extends SecondInstanceTest {

    /** Announcements per update id, summed over both instances (each has its own listener bean). */
    static final Map<Long, AtomicInteger> ANNOUNCED = new ConcurrentHashMap<>();

    @Inject
    CreateIncident createIncident;
    @Inject
    PostIncidentUpdate postUpdate;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.scheduler-interval", "200ms");
    }

    @Test
    void everyTimedUpdateIsAnnouncedExactlyOnce() throws InterruptedException {
        Incident incident = createIncident.create(CreateIncidentRequest.opening("Many timed updates", null, null,
                "First word."), Actor.SYSTEM);
        ANNOUNCED.clear();
        String at = Instant.now().plusSeconds(2).toString();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(postUpdate.post(incident.id(), PostIncidentUpdateRequest.posting(null, "Timed update " + i).at(at),
                    Actor.SYSTEM).id());
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && !ANNOUNCED.keySet().containsAll(ids)) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // a second chance for a duplicate to show up
        for (Long id : ids) {
            assertEquals(1, ANNOUNCED.getOrDefault(id, new AtomicInteger()).get(), "update " + id);
        }
        assertEquals(ids.size(), ANNOUNCED.size());
    }

    @Singleton
    static class CountAnnouncements {
        @EventListener
        void on(IncidentUpdatePosted posted) {
            ANNOUNCED.computeIfAbsent(posted.updateId(), id -> new AtomicInteger()).incrementAndGet();
        }
    }
}
