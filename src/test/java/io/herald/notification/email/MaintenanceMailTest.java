package io.herald.notification.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.herald.subscriber.Subscriber;
import io.herald.subscriber.SubscriberRepository;
import io.herald.support.MailTest;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Maintenance notices reach the subscribers of the components under maintenance, and no one else. */
@MicronautTest(transactional = false)
class MaintenanceMailTest extends MailTest {

    @Inject
    SubscriberRepository subscribers;



    @Test
    void scheduledAndStartedMaintenanceIsMailedToItsComponentsSubscribers() throws Exception {
        String database = api.component("Database");
        String website = api.component("Website");
        subscriber("dba@acme.test", List.of(database));
        subscriber("web@acme.test", List.of(website));
        Instant start = Instant.now().plus(Duration.ofDays(1));

        Map<?, ?> maintenance = api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Database upgrade",
                "body", "Short pauses expected.", "components", List.of(database),
                "scheduled_for", Timestamps.iso(start), "scheduled_until", Timestamps.iso(start.plus(Duration.ofHours(1))),
                "internal_note", "runbook RB-9 SECRET")));
        api.send(HttpRequest.POST("/api/v1/maintenances/" + maintenance.get("id") + "/updates",
                body("status", "in_progress", "body", "We have started.")));

        assertTrue(smtp.waitForIncomingEmail(10_000, 2), "both notices");
        Thread.sleep(1000);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length, "only the database's subscriber");
        for (MimeMessage mail : received) {
            assertEquals("dba@acme.test", mail.getAllRecipients()[0].toString());
            assertTrue(mail.getSubject().startsWith("[Herald Status] Maintenance: Database upgrade"), mail.getSubject());
            assertTrue(!GreenMailUtil.getWholeMessage(mail).contains("SECRET"), "internal notes stay internal");
        }
        // Both notices, in either order: several SMTP connections send side by side (mail clients sort by Date).
        var subjects = java.util.Arrays.stream(received).map(MaintenanceMailTest::subject).toList();
        assertTrue(subjects.stream().anyMatch(s -> s.contains("Scheduled")), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.contains("In progress")), subjects.toString());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void subscriber(String email, List<String> components) {
        Instant now = Instant.now();
        Subscriber saved = subscribers.save(new Subscriber(null, email, (email + "-token-0123456789abcdefghijklmnop")
                .substring(0, 43), false, now, now, null, null));
        components.forEach(c -> subscribers.addComponent(saved.id(), Long.parseLong(c)));
    }
}
