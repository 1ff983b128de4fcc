package io.herald.webhook;

import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryRepository;
import io.herald.notification.delivery.DeliveryState;
import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.herald.support.WebhookReceiver.Received;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posted updates reach real loopback receivers as signed Statuspage-style payloads, only for the components each
 * subscribed to; 4xx and redirects end a delivery, 5xx and 429 are retried; drills and internal notes never go out.
 */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends HeraldTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    WebhookSubscriberRepository subscribers;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    JsonMapper json;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true", "herald.delivery.first-retry", "200ms");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void signedIncidentAndComponentPayloadsGoOnlyToSubscribersOfTheAffectedComponents() throws Exception {
        String apiComponent = api.component("Public API");
        String web = api.component("Web shop");
        String allSecret = subscribe("/all", List.of());
        subscribe("/web", List.of(web));

        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "API errors", "body", "We are investigating.",
                "components", Map.of(apiComponent, "partial_outage"), "internal_note", "SECRET-NOTE db password",
                "severity", "sev1")));
        List<Received> posts = receiver.awaitPosts("/all", 2);
        WebhookSubscriber all = subscribers.findByUrl(receiver.url("/all")).orElseThrow();
        for (Received post : posts) {
            assertEquals("sha256=" + WebhookReceiver.hmac(allSecret, post.body()), post.header("X-Herald-Signature"),
                    "the receiver can check the body with its secret");
            assertTrue(post.header("X-Herald-Delivery").matches("\\d+"), post.header("X-Herald-Delivery"));
            long sentAt = Long.parseLong(post.header("X-Herald-Timestamp"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - sentAt) < 60);
            assertFalse(post.body().contains("SECRET-NOTE") || post.body().contains("sev1")
                    || post.body().contains("severity"), "nothing internal: " + post.body());
        }
        Map<?, ?> incident = payload(posts, "incident");
        Map<?, ?> meta = (Map<?, ?>) incident.get("meta");
        assertEquals("http://status.herald.test/webhooks/" + all.token() + "/unsubscribe", meta.get("unsubscribe"));
        assertEquals("http://status.herald.test/webhooks", meta.get("documentation"));
        assertEquals("major", ((Map<?, ?>) incident.get("page")).get("status_indicator"), incident.toString());
        Map<?, ?> incidentJson = (Map<?, ?>) incident.get("incident");
        assertEquals("API errors", incidentJson.get("name"));
        assertEquals("We are investigating.",
                ((Map<?, ?>) ((List<?>) incidentJson.get("incident_updates")).get(0)).get("body"));

        Map<?, ?> componentUpdate = payload(posts, "component_update");
        Map<?, ?> update = (Map<?, ?>) componentUpdate.get("component_update");
        assertEquals(List.of(apiComponent, "operational", "partial_outage"),
                List.of(update.get("component_id"), update.get("old_status"), update.get("new_status")));
        assertEquals("Public API", ((Map<?, ?>) componentUpdate.get("component")).get("name"));

        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Checkout slow", "body", "Looking into it.",
                "components", Map.of(web, "degraded_performance"))));
        List<Received> webPosts = receiver.awaitPosts("/web", 2);
        assertTrue(webPosts.stream().allMatch(p -> !p.body().contains("API errors")),
                "the web shop's subscriber never got the API's incident");
        receiver.awaitPosts("/all", 4);
    }

    @Test
    void maintenanceNoticesGoAsIncidentsWithTheirWindowAndWithoutInternalNotes() throws Exception {
        String database = api.component("Database");
        subscribe("/db", List.of(database));
        Instant start = Instant.now().plus(Duration.ofDays(1));
        api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Database upgrade",
                "body", "Short pauses expected.", "components", List.of(database),
                "scheduled_for", Timestamps.iso(start), "scheduled_until", Timestamps.iso(start.plus(Duration.ofHours(1))),
                "internal_note", "runbook RB-9 SECRET")));
        Received post = receiver.awaitPosts("/db", 1).get(0);
        Map<?, ?> maintenance = (Map<?, ?>) json.readValue(post.body(), Map.class).get("incident");
        assertEquals("maintenance", maintenance.get("impact"));
        assertEquals("Database upgrade", maintenance.get("name"));
        assertTrue(maintenance.containsKey("scheduled_for"));
        assertFalse(post.body().contains("SECRET"), post.body());
    }

    @Test
    void drillsAndQuietUpdatesSendNoWebhook() throws Exception {
        subscribe("/drills", List.of());
        String component = api.component("Search");
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY rehearsal", "body", "Drill.",
                "drill", true, "components", Map.of(component, "major_outage"))));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Quiet fix", "body", "Nobody is told.",
                "deliver_notifications", false)));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Real incident", "body", "Told.")));
        await(() -> receiver.posts("/drills").stream().anyMatch(p -> p.body().contains("Real incident")));
        Thread.sleep(1000);
        assertTrue(receiver.posts("/drills").stream().noneMatch(p -> p.body().contains("GAMEDAY")
                || p.body().contains("Quiet fix") || p.body().contains("major_outage")), receiver.posts("/drills").toString());
    }

    @Test
    void fourHundredsAndRedirectsEndADeliveryWhileFiveHundredsAnd429AreRetriedUntilDelivered() throws Exception {
        String queue = api.component("Queue");
        for (String path : List.of("/gone", "/flaky", "/moved", "/busy")) {
            subscribe(path, List.of(queue));
        }
        receiver.script("/gone", Answer.of(410), Answer.of(410));
        receiver.script("/flaky", Answer.of(503), Answer.of(500));
        receiver.script("/moved", new Answer(302, Map.of("Location", receiver.url("/moved-target")), ""),
                new Answer(302, Map.of("Location", receiver.url("/moved-target")), ""));
        receiver.script("/busy", new Answer(429, Map.of("Retry-After", "1"), ""));

        // A component change and the incident: two messages for each of them.
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Queue backlog", "body", "Draining.",
                "components", Map.of(queue, "degraded_performance"))));

        await(() -> of("/flaky").size() == 2 && of("/flaky").stream().allMatch(d -> d.state() == DeliveryState.SENT));
        assertEquals(4, receiver.posts("/flaky").size(), "two failures, then both delivered");
        assertEquals(4, of("/flaky").stream().mapToInt(Delivery::attempts).sum());

        await(() -> of("/busy").size() == 2 && of("/busy").stream().allMatch(d -> d.state() == DeliveryState.SENT));
        assertEquals(3, receiver.posts("/busy").size(), "one 429, then both delivered");

        await(() -> of("/gone").size() == 2 && of("/gone").stream().allMatch(d -> d.state() == DeliveryState.FAILED));
        await(() -> of("/moved").size() == 2 && of("/moved").stream().allMatch(d -> d.state() == DeliveryState.FAILED));
        Thread.sleep(1000);
        assertEquals(2, receiver.posts("/gone").size(), "a 410 is not retried");
        assertEquals(2, receiver.posts("/moved").size(), "a redirect is not retried");
        assertTrue(receiver.all().stream().noneMatch(r -> r.path().equals("/moved-target")), "nor followed");
        assertTrue(of("/gone").stream().allMatch(d -> d.attempts() == 1 && d.lastError().contains("HTTP 410")));
        assertTrue(of("/moved").stream().allMatch(d -> d.lastError().contains("redirect")), of("/moved").toString());
    }

    /** Subscribes the receiver's path through the admin API, challenge and all; answers the secret. */
    private String subscribe(String path, List<String> components) {
        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/webhook-subscribers",
                body("url", receiver.url(path), "components", components)));
        return (String) created.get("secret");
    }

    private List<Delivery> of(String path) {
        return StreamSupport.stream(deliveries.findAll().spliterator(), false)
                .filter(d -> d.recipient().equals(receiver.url(path))).toList();
    }

    private Map<?, ?> payload(List<Received> posts, String key) throws IOException {
        for (Received post : posts) {
            Map<?, ?> body = json.readValue(post.body(), Map.class);
            if (body.containsKey(key)) {
                return body;
            }
        }
        throw new AssertionError("no " + key + " payload among " + posts);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
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
