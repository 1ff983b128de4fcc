package io.herald.notification.outbox;

import com.icegreen.greenmail.util.GreenMail;
import io.herald.subscriber.Subscriber;
import io.herald.subscriber.SubscriberRepository;
import io.herald.support.HeraldTest;
import io.herald.support.TestSmtp;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A drill reaches the drill audience, marked [DRILL], and no public output at all. */
@MicronautTest(transactional = false)
class DrillIsolationTest extends HeraldTest {

    private TestSmtp mailServer;
    private GreenMail smtp;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SubscriberRepository subscribers;

    @Override
    protected Map<String, String> extraProperties() {
        if (mailServer == null) {
            mailServer = TestSmtp.start();
            smtp = mailServer.server();
        }
        return mailServer.settings("herald.drill.emails", " Drill-A@acme.test, drill-b@acme.test ");
    }

    @AfterAll
    void stopSmtp() {
        mailServer.close();
    }

    @Test
    void drillMailGoesOnlyToTheDrillAudience() throws Exception {
        String apiComponent = api.component("API");
        Instant now = Instant.now();
        subscribers.save(new Subscriber(null, "public@acme.test", "token-public-0123456789abcdefghijk", true, now, now,
                null, null));

        var created = api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "GAMEDAY database failover",
                "body", "Drill: the primary is **down**.", "drill", true,
                "components", Map.of(apiComponent, "major_outage"))));
        api.send(HttpRequest.POST("/api/v1/incidents/" + created.get("id") + "/updates",
                Map.of("status", "identified", "body", "Drill: failing over.")));

        assertTrue(smtp.waitForIncomingEmail(10_000, 4), "two updates to two drill addresses");
        Thread.sleep(1000);
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages());
        assertEquals(4, mails.size(), "nothing to the public subscriber: " + mails.stream().map(DrillIsolationTest::to).toList());
        assertEquals(List.of("drill-a@acme.test", "drill-b@acme.test"),
                mails.stream().map(DrillIsolationTest::to).distinct().sorted().toList());
        for (MimeMessage mail : mails) {
            assertTrue(mail.getSubject().startsWith("[DRILL] "), mail.getSubject());
            assertNull(mail.getHeader("List-Unsubscribe"), "the drill audience has nothing to unsubscribe from");
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertTrue(((String) parts.getBodyPart(0).getContent()).contains("DRILL"));
            String html = (String) parts.getBodyPart(1).getContent();
            assertTrue(html.contains("DRILL: an exercise, not a real incident"), html);
            assertFalse(html.contains("Unsubscribe"), html);
        }
        assertTrue(mails.stream().anyMatch(m -> subject(m).equals("[DRILL] [Herald Status] GAMEDAY database failover: Identified")),
                mails.stream().map(DrillIsolationTest::subject).toList().toString());

        for (String path : List.of("/", "/history", "/history.rss", "/history.atom", "/api/v2/incidents.json",
                "/api/v2/summary.json", "/api/v2/incidents/unresolved.json", "/components/" + apiComponent + "/history.rss")) {
            String body = http.toBlocking().retrieve(path);
            assertFalse(body.contains("GAMEDAY"), path + " shows the drill");
        }
        assertEquals("operational", api.componentStatus(apiComponent), "a drill changes no component");
    }

    @Test
    void aBadDrillAddressIsRefusedNamingIt() {
        var failure = assertThrows(ConfigurationException.class, () -> new DrillSettings("ok@acme.test, not-an-address"));
        assertTrue(failure.getMessage().contains("HERALD_DRILL_EMAILS") && failure.getMessage().contains("'not-an-address'"),
                failure.getMessage());
        assertEquals(List.of("a@acme.test", "b@acme.test"), DrillSettings.parse("A@acme.test,, b@acme.test ,a@acme.test"));
        assertTrue(DrillSettings.class.isAnnotationPresent(io.micronaut.context.annotation.Context.class),
                "checked at start-up, not at the first drill");
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
