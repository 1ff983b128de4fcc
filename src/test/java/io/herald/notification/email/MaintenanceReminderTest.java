package io.herald.notification.email;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.herald.maintenance.SendMaintenanceReminders;
import io.herald.subscriber.Subscriber;
import io.herald.subscriber.SubscriberRepository;
import io.herald.support.MailTest;
import io.herald.support.WebhookReceiver;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Before a maintenance window starts, the subscribers of its components are reminded by e-mail and webhook, at the
 * reminder time it sets, with how soon it starts and its window; nobody else is, and each reminder goes once.
 */
@MicronautTest(transactional = false)
class MaintenanceReminderTest extends MailTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    SubscriberRepository subscribers;
    @Inject
    SendMaintenanceReminders reminders;

    @Override
    protected String[] mailSettings() {
        // The test calls the reminders itself: the scheduler is kept out of the way.
        return new String[] {"herald.outbound.allow-private", "true", "herald.scheduler-interval", "1h"};
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void subscribersOfItsComponentsAreRemindedOnceBeforeItStarts() throws Exception {
        String database = api.component("Database");
        String website = api.component("Website");
        subscriber("dba@acme.test", List.of(database));
        subscriber("web@acme.test", List.of(website));
        api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/db"),
                "components", List.of(database))));
        Instant start = Instant.now().plus(Duration.ofMinutes(90)).truncatedTo(ChronoUnit.MINUTES);
        api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Database upgrade",
                "body", "Short pauses expected.", "components", List.of(database), "remind_before_minutes", List.of(120),
                "scheduled_for", Timestamps.iso(start), "scheduled_until", Timestamps.iso(start.plus(Duration.ofHours(1))),
                "deliver_notifications", false)));

        assertEquals(1, reminders.remind(), "the 120-minute reminder is due: the window starts in 90");
        assertEquals(0, reminders.remind(), "once");

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the reminder");
        Thread.sleep(1000);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length, "only the database's subscriber, once: " + received.length);
        MimeMessage mail = received[0];
        assertEquals("dba@acme.test", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().matches("\\[Herald Status] Maintenance: Database upgrade \\(Starts in 1 h (29|30) min\\)"),
                mail.getSubject());
        String whole = GreenMailUtil.getWholeMessage(mail);
        assertTrue(whole.contains("Short pauses expected."), "the notice it repeats");
        assertTrue(whole.contains(" to "), "its window");

        var posts = receiver.awaitPosts("/db", 1);
        assertTrue(posts.get(0).body().contains("\"name\":\"Database upgrade\""), posts.get(0).body());
        assertTrue(posts.get(0).body().contains("\"scheduled_for\""), posts.get(0).body());
    }

    private void subscriber(String email, List<String> components) {
        Instant now = Instant.now();
        Subscriber saved = subscribers.save(new Subscriber(null, email, (email + "-token-0123456789abcdefghijklmnop")
                .substring(0, 43), false, now, now, null, null));
        components.forEach(c -> subscribers.addComponent(saved.id(), Long.parseLong(c)));
    }
}
