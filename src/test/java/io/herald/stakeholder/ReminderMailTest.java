package io.herald.stakeholder;

import io.herald.incident.RemindOfDueUpdates;
import io.herald.security.AppUser;
import io.herald.security.AppUserRepository;
import io.herald.security.Role;
import io.herald.support.MailTest;
import io.herald.support.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cadence reminders reach the comms owner before an update is due and the point once it is overdue, by real SMTP. */
@MicronautTest(transactional = false)
class ReminderMailTest extends MailTest {

    @Inject
    MutableClock clock;
    @Inject
    RemindOfDueUpdates reminders;
    @Inject
    AppUserRepository users;

    @Override
    protected String[] mailSettings() {
        // The test drives the reminder job itself, against a clock it moves.
        return new String[] {"herald.smtp.from", "status@acme.test", "herald.test.clock", "mutable",
                "herald.scheduler-interval", "1h"};
    }

    @Test
    void dueSoonGoesToTheCommsOwnerAndOverdueToThePoint() throws Exception {
        AppUser comms = users.save(new AppUser(null, "comms@acme.test", "Casey Comms", "unused", Role.COMMS, clock.instant()));
        AppUser point = users.save(new AppUser(null, "point@acme.test", "Pat Point", "unused", Role.RESPONDER, clock.instant()));
        api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Everyone", "min_severity", "SEV4",
                "members", List.of("member@acme.test"))));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Queue backlog", "severity", "SEV1",
                "body", "Investigating.", "comms_user_id", String.valueOf(comms.id()),
                "point_user_id", String.valueOf(point.id()))));

        clock.advance(Duration.ofMinutes(26));
        assertEquals(1, reminders.remind());
        MimeMessage dueSoon = await("comms@acme.test", "Update due at");
        assertTrue(dueSoon.getSubject().startsWith("[INTERNAL]") && dueSoon.getSubject().contains("Queue backlog"),
                dueSoon.getSubject());
        assertNull(dueSoon.getHeader("List-Unsubscribe"));
        assertTrue(((String) ((MimeMultipart) dueSoon.getContent()).getBodyPart(0).getContent())
                .contains("/admin/incidents/"));

        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, reminders.remind());
        await("point@acme.test", "Update overdue since");
        Thread.sleep(1000);
        assertTrue(mails("comms@acme.test", "overdue").isEmpty(), "the overdue notice is the point's");
        assertTrue(mails("point@acme.test", "due at").isEmpty(), "the due-soon reminder is the comms owner's");
        assertTrue(mails("member@acme.test", "Update").isEmpty(), "stakeholder groups get no reminders");
        assertEquals(1, mails("member@acme.test", "Queue backlog").size(), "only the update itself");
    }

    private List<MimeMessage> mails(String address, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage await(String address, String subjectPart) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = mails(address, subjectPart);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(address + " got no mail about '" + subjectPart + "' within 15 s");
    }
}
