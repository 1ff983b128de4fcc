package io.herald.maintenance;

import io.herald.support.HeraldTest;
import io.herald.support.MutableClock;
import io.herald.system.Actor;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reminder at each offset before the start (24 hours and 1 hour by default), each exactly once. */
@MicronautTest(transactional = false)
class MaintenanceRemindersTest extends HeraldTest {

    @Inject
    MutableClock clock;
    @Inject
    SendMaintenanceReminders reminders;
    @Inject
    ScheduleMaintenance scheduleMaintenance;
    @Inject
    PostMaintenanceUpdate postUpdate;
    @Inject
    Heard heard;

    @Override
    protected Map<String, String> extraProperties() {
        // The test drives the job itself, against a clock it moves.
        return Map.of("herald.test.clock", "mutable", "herald.scheduler-interval", "1h");
    }

    @Test
    void remindsADayAndAnHourBeforeEachExactlyOnce() {
        // Whole milliseconds, as the database keeps them.
        Instant from = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
        long id = schedule("Network switch replacement", from, null);

        assertEquals(List.of(), remindRepeatedly(id), "two days ahead: nothing yet");
        clock.set(from.minus(Duration.ofHours(24)).minusSeconds(1));
        assertEquals(List.of(), remindRepeatedly(id), "a second short of 24 hours");
        clock.set(from.minus(Duration.ofHours(24)));
        assertEquals(List.of(1440), remindRepeatedly(id), "24 hours before, once however often the job runs");
        clock.set(from.minus(Duration.ofMinutes(61)));
        assertEquals(List.of(), remindRepeatedly(id));
        clock.set(from.minus(Duration.ofMinutes(59)));
        assertEquals(List.of(60), remindRepeatedly(id), "1 hour before, once");
        clock.set(from.minusSeconds(1));
        assertEquals(List.of(), remindRepeatedly(id));
        clock.set(from.plus(Duration.ofMinutes(5)));
        assertEquals(List.of(), remindRepeatedly(id), "once it is due to start, starting is the news");

        MaintenanceReminderDue first = heard.of(id).get(0);
        assertEquals("Network switch replacement", first.name());
        assertEquals(from, first.scheduledFor());
    }

    @Test
    void atShortNoticeOnlyTheNearestReminderGoesOutAndNoneAfterCancelling() {
        Instant soon = clock.instant().plus(Duration.ofMinutes(30));
        long shortNotice = schedule("Hotfix window", soon, null);
        assertEquals(List.of(60), remindRepeatedly(shortNotice), "not a '24 hours' reminder half an hour ahead");

        Instant later = clock.instant().plus(Duration.ofHours(5));
        long own = schedule("Certificate rotation", later, List.of(240, 30));
        assertEquals(List.of(), remindRepeatedly(own));
        clock.set(later.minus(Duration.ofMinutes(240)));
        assertEquals(List.of(240), remindRepeatedly(own));

        long cancelled = schedule("Cancelled work", clock.instant().plus(Duration.ofHours(3)), List.of(120));
        postUpdate.post(cancelled, new PostMaintenanceUpdateRequest("completed", "Called off.", null, null),
                Actor.SYSTEM);
        clock.advance(Duration.ofHours(2));
        assertEquals(List.of(), remindRepeatedly(cancelled), "no reminder for a cancelled maintenance");

        long none = schedule("No reminders", clock.instant().plus(Duration.ofMinutes(10)), List.of());
        assertEquals(List.of(), remindRepeatedly(none));
    }

    /** The offsets announced for one maintenance while the job runs five times. */
    private List<Integer> remindRepeatedly(long maintenanceId) {
        int before = heard.of(maintenanceId).size();
        for (int i = 0; i < 5; i++) {
            reminders.remind();
        }
        List<MaintenanceReminderDue> all = heard.of(maintenanceId);
        return all.subList(before, all.size()).stream().map(MaintenanceReminderDue::minutesBefore).toList();
    }

    private long schedule(String name, Instant from, List<Integer> remindBefore) {
        return scheduleMaintenance.schedule(new ScheduleMaintenanceRequest(name, "Planned work.", null,
                from.toString(), from.plus(Duration.ofHours(1)).toString(), null, null, remindBefore, null, null, null),
                Actor.SYSTEM).id();
    }

    @Singleton
    static class Heard {
        final List<MaintenanceReminderDue> reminders = new CopyOnWriteArrayList<>();

        List<MaintenanceReminderDue> of(long maintenanceId) {
            return reminders.stream().filter(r -> r.maintenanceId() == maintenanceId).toList();
        }

        @EventListener
        void on(MaintenanceReminderDue event) {
            reminders.add(event);
        }
    }
}
