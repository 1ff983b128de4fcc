package io.herald.stakeholder;

import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryRepository;
import io.herald.subscriber.Subscriber;
import io.herald.subscriber.SubscriberRepository;
import io.herald.support.MailTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Received;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stakeholder groups hear of incidents their minimum severity reaches, by internal mail (real SMTP) and on their
 * chat channels (a real loopback receiver standing in for Slack, Teams and Discord); public chat channels and
 * public subscribers get the public text only.
 */
@MicronautTest(transactional = false)
class StakeholderFanOutTest extends MailTest {

    private static final String NOTE = "NOTE-db-failover-runbook";
    private static final String IMPACT = "IMPACT-checkout-revenue-loss";
    private static final String STEPS = "STEPS-restart-replicas";

    private final WebhookReceiver chat = WebhookReceiver.start();

    @Inject
    DeliveryRepository deliveries;
    @Inject
    JsonMapper json;
    @Inject
    SubscriberRepository subscribers;

    @Override
    protected String[] mailSettings() {
        return new String[] {"herald.smtp.from", "Acme Status <status@acme.test>",
                "herald.outbound.allow-private", "true", "herald.delivery.first-retry", "200ms"};
    }

    @AfterAll
    void stopChat() {
        chat.close();
    }

    @Test
    void groupsHearOfIncidentsTheirSeverityReachesWithTheInternalTextAndThePublicNever() throws Exception {
        String checkout = api.component("Checkout");
        String search = api.component("Search");
        Map<?, ?> execs = api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Executives",
                "min_severity", "sev2", "members", List.of("ceo@acme.test", "CFO@acme.test"))));
        String execsId = (String) execs.get("id");
        assertEquals("SEV2", execs.get("min_severity"));
        api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Support", "min_severity", "SEV4",
                "members", List.of("support@acme.test", "ceo@acme.test"))));
        channel("Execs Slack", "slack", "/slack", execsId, List.of());
        channel("Execs Teams", "teams", "/teams", execsId, List.of());
        channel("Community Discord", "discord", "/discord", "public", List.of(checkout));
        channel("Search Slack", "slack", "/search-public", "public", List.of(search));
        Instant now = Instant.now();
        subscribers.save(new Subscriber(null, "public@example.test", UUID.randomUUID().toString().replace("-", "")
                + "abcdefghijk", true, now, now, null, null));

        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Checkout down", "severity", "SEV1",
                "impact", "critical", "body", "Payments are failing.", "components", Map.of(checkout, "major_outage"),
                "internal_note", NOTE, "business_impact", IMPACT, "next_steps", STEPS)));

        MimeMessage ceo = awaitMail("ceo@acme.test", "Checkout down");
        assertTrue(ceo.getSubject().startsWith("[INTERNAL SEV1]"), ceo.getSubject());
        assertNull(ceo.getHeader("List-Unsubscribe"), "stakeholders do not unsubscribe themselves");
        String ceoText = text(ceo, 0);
        String ceoHtml = text(ceo, 1);
        for (String part : List.of(ceoText, ceoHtml)) {
            assertTrue(part.contains("INTERNAL") && part.contains("Payments are failing.") && part.contains(NOTE)
                    && part.contains(IMPACT) && part.contains(STEPS) && part.contains("SEV1"), part);
            assertFalse(part.contains("/subscriptions/"), "no subscriber manage link: " + part);
        }
        awaitMail("cfo@acme.test", "Checkout down");
        awaitMail("support@acme.test", "Checkout down");
        Thread.sleep(500);
        assertEquals(1, mailsTo("ceo@acme.test", "Checkout down").size(), "a member of two groups gets one mail");

        Received slack = chat.awaitPosts("/slack", 1).get(0);
        Map<?, ?> slackJson = json.readValue(slack.body(), Map.class);
        assertEquals(List.of("text"), List.copyOf(slackJson.keySet()));
        assertTrue(((String) slackJson.get("text")).contains(IMPACT) && slack.body().contains("INTERNAL SEV1"), slack.body());
        Received teams = chat.awaitPosts("/teams", 1).get(0);
        Map<?, ?> card = json.readValue(teams.body(), Map.class);
        assertEquals("MessageCard", card.get("@type"));
        assertTrue(((String) card.get("title")).contains("Checkout down"), teams.body());
        assertTrue(((String) card.get("text")).contains(STEPS), teams.body());
        Received discord = chat.awaitPosts("/discord", 1).get(0);
        String content = (String) json.readValue(discord.body(), Map.class).get("content");
        assertTrue(content.contains("Payments are failing.") && content.contains("http://status.herald.test"), content);
        assertFalse(content.contains(NOTE) || content.contains(IMPACT) || content.contains(STEPS)
                || content.contains("SEV1") || content.contains("INTERNAL"), "public chat gets public text only: " + content);
        assertTrue(chat.posts("/search-public").isEmpty(), "a channel of another component hears nothing");

        Delivery slackDelivery = chatDeliveries(chat.url("/slack")).get(0);
        assertTrue(slackDelivery.subscriberId() != null, "the delivery names its chat channel");

        MimeMessage publicMail = awaitMail("public@example.test", "Checkout down");
        String publicText = text(publicMail, 0) + text(publicMail, 1);
        assertFalse(publicText.contains(NOTE) || publicText.contains(IMPACT) || publicText.contains(STEPS)
                || publicText.contains("INTERNAL"), publicText);

        // SEV3 reaches Support (SEV4) but not the executives (SEV2), in mail and in chat.
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Search slow", "severity", "SEV3",
                "body", "Search is slow.", "business_impact", "minor")));
        awaitMail("support@acme.test", "Search slow");
        Thread.sleep(1500);
        assertTrue(mailsTo("cfo@acme.test", "Search slow").isEmpty(), "SEV3 is below the executives' minimum");
        assertEquals(1, chat.posts("/slack").size(), "nor their chat");
        assertEquals(1, chat.posts("/discord").size(), "an incident without the checkout is not the checkout channel's");
    }

    @Test
    void stakeholdersGetQuietUpdatesButNotDrillsAndPublicChatGetsNeither() throws Exception {
        api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "On call leads", "min_severity", "SEV4",
                "members", List.of("lead@acme.test"))));
        channel("Public Slack", "slack", "/public-all", "public", List.of());
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Quiet fix", "body", "Nobody public is told.",
                "deliver_notifications", false)));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY drill", "body", "Drill.", "drill", true)));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Real thing", "body", "Told.")));
        awaitMail("lead@acme.test", "Quiet fix");
        chat.awaitPosts("/public-all", 1);
        awaitMail("lead@acme.test", "Real thing");
        Thread.sleep(1000);
        assertTrue(mailsTo("lead@acme.test", "GAMEDAY").isEmpty(), "no drill reaches stakeholders");
        assertTrue(chat.posts("/public-all").stream().noneMatch(p -> p.body().contains("Quiet fix")
                || p.body().contains("GAMEDAY")), chat.posts("/public-all").toString());
    }

    private void channel(String name, String kind, String path, String audience, List<String> components) {
        api.send(HttpRequest.POST("/api/v1/chat-channels", body("name", name, "kind", kind,
                "webhook_url", chat.url(path), "audience", audience, "components", components)));
    }

    private List<Delivery> chatDeliveries(String url) {
        return StreamSupport.stream(deliveries.findAll().spliterator(), false)
                .filter(d -> d.recipient().equals(url)).toList();
    }

    private List<MimeMessage> mailsTo(String address, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage awaitMail(String address, String subjectPart) throws InterruptedException {
        await(() -> !mailsTo(address, subjectPart).isEmpty());
        return mailsTo(address, subjectPart).get(0);
    }

    private static String text(MimeMessage mail, int part) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(part).getContent();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 15 s");
    }
}
