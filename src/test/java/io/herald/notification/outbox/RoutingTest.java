package io.herald.notification.outbox;

import io.herald.notification.Announcement;
import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoutingTest {

    private static final Announcement.Briefing BRIEFING = new Announcement.Briefing("db failover", null, null);

    @Test
    void anIncidentUpdateReachesThePublicOnEveryChannelAndStakeholdersByMailAndChat() {
        Announcement update = incident(false, true, BRIEFING);
        assertEquals(List.of(Audience.PUBLIC, Audience.INTERNAL), Routing.audiences(update, Channel.EMAIL));
        assertEquals(List.of(Audience.PUBLIC, Audience.INTERNAL), Routing.audiences(update, Channel.CHAT));
        assertEquals(List.of(Audience.PUBLIC), Routing.audiences(update, Channel.WEBHOOK));
        assertEquals(List.of(Audience.PUBLIC), Routing.audiences(update, Channel.TWITTER));
    }

    @Test
    void withoutNotificationsOnlyStakeholdersHear() {
        Announcement quiet = incident(false, false, BRIEFING);
        assertEquals(List.of(Audience.INTERNAL), Routing.audiences(quiet, Channel.EMAIL));
        assertEquals(List.of(), Routing.audiences(quiet, Channel.WEBHOOK));
        assertEquals(List.of(), Routing.audiences(quiet, Channel.TWITTER));
    }

    @Test
    void aDrillReachesOnlyTheDrillAudienceByMailAndWebhookAndNeverThePublicOrStakeholders() {
        Announcement drill = incident(true, true, BRIEFING);
        assertEquals(List.of(Audience.DRILL), Routing.audiences(drill, Channel.EMAIL));
        assertEquals(List.of(Audience.DRILL), Routing.audiences(drill, Channel.WEBHOOK));
        assertEquals(List.of(), Routing.audiences(drill, Channel.CHAT));
        assertEquals(List.of(), Routing.audiences(drill, Channel.TWITTER));
        assertEquals(List.of(), Routing.audiences(incident(true, false, null), Channel.EMAIL));
    }

    @Test
    void eachKindOfNewsGoesOnItsOwnChannels() {
        Announcement maintenance = new Announcement(new Source.MaintenanceUpdate(3), "DB upgrade", "Scheduled",
                "Mon 10:00 to 11:00", "body", "https://status.test/m/3", "https://status.test/admin", List.of(),
                "maintenance:3", false, true, null, null, null, null);
        assertEquals(List.of(), Routing.audiences(maintenance, Channel.CHAT));
        assertEquals(List.of(Audience.PUBLIC), Routing.audiences(maintenance, Channel.TWITTER));
        Announcement change = new Announcement(new Source.ComponentChange(4, Instant.EPOCH), "API", "Degraded", null,
                "", "https://status.test", "https://status.test/admin", List.of("4"), null, false, true, null, null,
                null, null);
        assertEquals(List.of(Audience.PUBLIC), Routing.audiences(change, Channel.WEBHOOK));
        assertEquals(List.of(), Routing.audiences(change, Channel.EMAIL));
        Announcement reminder = new Announcement(new Source.Reminder("overdue", 1, Instant.EPOCH, 9), "Outage",
                "Update overdue", null, "text", null, "https://status.test/admin", List.of(), "incident:1", true, false,
                null, null, null, null);
        assertEquals(List.of(Audience.INTERNAL), Routing.audiences(reminder, Channel.EMAIL));
        assertEquals(List.of(), Routing.audiences(reminder, Channel.CHAT));
    }

    private static Announcement incident(boolean drill, boolean deliverNotifications, Announcement.Briefing briefing) {
        return new Announcement(new Source.IncidentUpdate(7), "Outage", "Investigating", null, "We are on it.",
                drill ? null : "https://status.test/i/1", "https://status.test/admin/incidents/1", List.of("1"),
                "incident:1", drill, deliverNotifications, null, drill ? null : "SEV1", drill ? null : briefing, null);
    }
}
