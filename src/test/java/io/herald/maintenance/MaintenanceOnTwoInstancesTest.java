package io.herald.maintenance;

import io.herald.support.SecondInstanceTest;
import io.herald.system.Actor;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two Herald instances on one database both run the maintenance jobs; every maintenance starts (with one
 * "started" update) and is reminded of exactly once.
 */
@MicronautTest(transactional = false)
class MaintenanceOnTwoInstancesTest extends SecondInstanceTest {

    /** Events per maintenance id, summed over both instances (each has its own listener bean). */
    static final Map<Long, AtomicInteger> STARTED = new ConcurrentHashMap<>();
    static final Map<Long, AtomicInteger> REMINDED = new ConcurrentHashMap<>();

    @Inject
    ScheduleMaintenance scheduleMaintenance;
    @Inject
    MaintenanceUpdateRepository updates;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.scheduler-interval", "200ms");
    }

    @Test
    void everyMaintenanceStartsAndIsRemindedOfExactlyOnce() throws InterruptedException {
        STARTED.clear();
        REMINDED.clear();
        Instant soon = Instant.now().plusSeconds(3);
        Instant later = Instant.now().plus(Duration.ofHours(1));
        List<Long> starting = new ArrayList<>();
        List<Long> reminded = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            starting.add(schedule("Starting " + i, soon, List.of()));
            // Its one reminder (two hours ahead) is due at once; it starts long after the test.
            reminded.add(schedule("Reminded " + i, later, List.of(120)));
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline
                && !(STARTED.keySet().containsAll(starting) && REMINDED.keySet().containsAll(reminded))) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // a second chance for a duplicate to show up
        for (Long id : starting) {
            assertEquals(1, STARTED.getOrDefault(id, new AtomicInteger()).get(), "started events of " + id);
            assertEquals(1, updates.findByMaintenanceIdOrderByPublishAtDescAndIdDesc(id).stream()
                    .filter(u -> u.status() == MaintenanceStatus.IN_PROGRESS).count(), "started updates of " + id);
        }
        for (Long id : reminded) {
            assertEquals(1, REMINDED.getOrDefault(id, new AtomicInteger()).get(), "reminders of " + id);
        }
        assertEquals(starting.size(), STARTED.size());
        assertEquals(reminded.size(), REMINDED.size());
    }

    private long schedule(String name, Instant from, List<Integer> remindBefore) {
        return scheduleMaintenance.schedule(new ScheduleMaintenanceRequest(name, "Planned work.", null,
                from.toString(), from.plus(Duration.ofHours(1)).toString(), null, null, remindBefore, null, null, null),
                Actor.SYSTEM).id();
    }

    @Singleton
    static class CountEvents {
        @EventListener
        void on(MaintenanceStarted started) {
            STARTED.computeIfAbsent(started.maintenanceId(), id -> new AtomicInteger()).incrementAndGet();
        }

        @EventListener
        void on(MaintenanceReminderDue reminder) {
            REMINDED.computeIfAbsent(reminder.maintenanceId(), id -> new AtomicInteger()).incrementAndGet();
        }
    }
}
