package io.herald.notification.email;

import io.herald.notification.delivery.DeliveryRepository;
import io.herald.notification.delivery.DeliveryState;
import com.icegreen.greenmail.util.GreenMail;
import io.herald.subscriber.Subscriber;
import io.herald.subscriber.SubscriberRepository;
import io.herald.support.MailTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A posted update reaches the right confirmed subscribers through a real SMTP server (GreenMail). */
@MicronautTest(transactional = false)
class EmailFanOutTest extends MailTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SubscriberRepository subscribers;
    @Inject
    DeliveryRepository deliveries;

    @Override
    protected String[] mailSettings() {
        return new String[] {"herald.smtp.from", "Acme Status <status@acme.test>"};
    }


    @Test
    void deliversToTheRightSubscribersOnceWithOneClickUnsubscribe() throws Exception {
        String apiComponent = api.component("API");
        String web = api.component("Website");
        subscriber("everything@acme.test", true, true, false, List.of());
        subscriber("website-only@acme.test", false, true, false, List.of(web));
        subscriber("unconfirmed@acme.test", true, false, false, List.of());
        subscriber("gone@acme.test", true, true, true, List.of());

        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "API errors", "body", "We are **investigating**.",
                "components", Map.of(apiComponent, "partial_outage"))));
        MimeMessage mail = awaitMails(1).get(0);
        assertEquals("everything@acme.test", mail.getAllRecipients()[0].toString(), "only subscribers of the API or of everything");
        assertEquals("[Herald Status] API errors: Investigating", mail.getSubject());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(mail.getMessageID().startsWith("<delivery-"), mail.getMessageID());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("We are **investigating**."));
        assertTrue(((String) parts.getBodyPart(1).getContent()).contains("<strong>investigating</strong>"));

        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Website slow", "body", "Looking — café naïve.",
                "components", Map.of(web, "degraded_performance"))));
        List<MimeMessage> three = awaitMails(3);
        assertEquals(3, three.size(), "the website's incident goes to both");
        MimeMultipart accented = (MimeMultipart) three.get(2).getContent();
        assertTrue(((String) accented.getBodyPart(0).getContent()).contains("Looking — café naïve."),
                "non-ASCII text arrives intact (quoted-printable)");
        assertEquals("quoted-printable", accented.getBodyPart(0).getHeader("Content-Transfer-Encoding")[0]);
        assertEquals("7bit", ((MimeMultipart) mail.getContent()).getBodyPart(0).getHeader("Content-Transfer-Encoding")[0],
                "plain ASCII goes as it is");

        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Quiet one", "body", "No mail.",
                "deliver_notifications", false)));
        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "GAMEDAY", "body", "Drill.", "drill", true)));

        // One-click unsubscribe: a bare POST to the List-Unsubscribe address, with no cookie at all.
        String target = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        var path = URI.create(target).getPath();
        var response = http.toBlocking().exchange(HttpRequest.POST(path, "List-Unsubscribe=One-Click")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
        assertEquals(200, response.code());
        assertTrue(subscribers.findByEmail("everything@acme.test").orElseThrow().unsubscribedAt() != null);

        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Another API incident", "body", "Again.",
                "components", Map.of(web, "partial_outage"))));
        List<MimeMessage> all = awaitMails(4);
        Thread.sleep(1000);
        assertEquals(4, smtp.getReceivedMessages().length, "no drill, no quiet update, nothing after unsubscribing");
        assertEquals("website-only@acme.test", all.get(3).getAllRecipients()[0].toString());
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> subject(m).contains("GAMEDAY")));
        assertEquals(4, deliveries.countByState(DeliveryState.SENT));
    }

    private List<MimeMessage> awaitMails(int count) throws InterruptedException {
        assertTrue(smtp.waitForIncomingEmail(10_000, count), "expected " + count + " mails, got "
                + smtp.getReceivedMessages().length);
        return List.of(smtp.getReceivedMessages());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void subscriber(String email, boolean all, boolean confirmed, boolean unsubscribed, List<String> components) {
        Instant now = Instant.now();
        Subscriber saved = subscribers.save(new Subscriber(null, email, UUID.randomUUID().toString().replace("-", "")
                + "abcdefghijk", all, now, confirmed ? now : null, unsubscribed ? now : null, null));
        components.forEach(c -> subscribers.addComponent(saved.id(), Long.parseLong(c)));
    }
}
