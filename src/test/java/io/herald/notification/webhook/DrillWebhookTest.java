package io.herald.notification.webhook;

import io.herald.notification.delivery.Delivery;
import io.herald.notification.outbox.DrillWebhookSettings;
import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Received;
import io.herald.system.OutboundHttp;
import io.herald.system.OutboundUrls;
import io.herald.webhook.WebhookHeaders;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A drill's updates reach the drill webhooks (HERALD_DRILL_WEBHOOKS) as signed Statuspage-style payloads marked as
 * a drill, and no public webhook subscriber; a drill webhook URL that is malformed or private stops start-up.
 */
@MicronautTest(transactional = false)
class DrillWebhookTest extends HeraldTest {

    private static final String SECRET = "drill-secret-0123456789abcdef";

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    JsonMapper json;
    @Inject
    OutboundUrls outboundUrls;
    @Inject
    OutboundHttp outboundHttp;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true", "herald.drill.webhooks", receiver.url("/drill"),
                "herald.drill.webhook-secret", SECRET);
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void theDrillWebhookGetsEveryDrillUpdateMarkedAndSignedAndPublicSubscribersGetNothing() throws Exception {
        String search = api.component("Search");
        api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/public"),
                "components", List.of())));

        Map<?, ?> drill = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY search outage",
                "body", "Search is down (rehearsal).", "drill", true, "components", Map.of(search, "major_outage"))));
        api.send(HttpRequest.POST("/api/v1/incidents/" + drill.get("id") + "/updates",
                body("status", "identified", "body", "Index rebuilt from the replica.")));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Real search slowness", "body", "Looking.")));

        List<Received> posts = receiver.awaitPosts("/drill", 2);
        receiver.awaitPosts("/public", 1);
        Thread.sleep(1000);
        assertEquals(2, receiver.posts("/drill").size(), "one post per drill update, nothing else: " + receiver.posts("/drill"));
        assertTrue(receiver.posts("/public").stream().noneMatch(p -> p.body().contains("GAMEDAY")),
                "a public subscriber never sees a drill: " + receiver.posts("/public"));
        assertTrue(receiver.posts("/public").stream().anyMatch(p -> p.body().contains("Real search slowness")),
                "while it does get real incidents");

        for (Received post : posts) {
            assertEquals("sha256=" + WebhookReceiver.hmac(SECRET, post.body()), post.header("X-Herald-Signature"),
                    "signed with HERALD_DRILL_WEBHOOK_SECRET");
            Map<?, ?> payload = json.readValue(post.body(), Map.class);
            assertEquals(Boolean.TRUE, payload.get("drill"), post.body());
            Map<?, ?> meta = (Map<?, ?>) payload.get("meta");
            assertFalse(meta.containsKey("unsubscribe"), "no subscription to leave: " + meta);
            assertTrue(((Map<?, ?>) payload.get("page")).containsKey("status_indicator"), "the Statuspage shape: " + payload);
            Map<?, ?> incident = (Map<?, ?>) payload.get("incident");
            assertEquals("[DRILL] GAMEDAY search outage", incident.get("name"));
            assertEquals("http://status.herald.test/admin/incidents/" + drill.get("id"), incident.get("shortlink"),
                    "a drill has no public page");
            for (Object update : (List<?>) incident.get("incident_updates")) {
                assertTrue(((String) ((Map<?, ?>) update).get("body")).startsWith("[DRILL] "), update.toString());
            }
        }
        // Posts of one receiver may arrive in either order (as with Statuspage); each carries the incident as it was.
        Map<?, ?> latest = null;
        for (Received post : posts) {
            Map<?, ?> incident = (Map<?, ?>) json.readValue(post.body(), Map.class).get("incident");
            if ("identified".equals(incident.get("status"))) {
                latest = incident;
            }
        }
        assertNotNull(latest, "the second drill update was posted: " + posts);
        assertEquals("[DRILL] Index rebuilt from the replica.",
                ((Map<?, ?>) ((List<?>) latest.get("incident_updates")).get(0)).get("body"));
        assertEquals("operational", api.componentStatus(search), "a drill changes no component");
    }

    @Test
    void withoutASecretThePostGoesUnsigned() throws Exception {
        String body = "{\"drill\":true}";
        outboundHttp.post(URI.create(receiver.url("/unsigned")), WebhookHeaders.of(body, null, "7", Instant.now()), body);
        Received post = receiver.awaitPosts("/unsigned", 1).get(0);
        assertNull(post.header("X-Herald-Signature"), post.headers().toString());
        assertEquals("7", post.header("X-Herald-Delivery"));
    }

    @Test
    void aMalformedDrillWebhookIsRefusedNamingTheSetting() {
        for (String bad : List.of("ftp://files.acme.test/drill", "https://user:pw@hooks.acme.test/drill", "not a url",
                "https://hooks.acme.test/" + "x".repeat(320))) {
            var failure = assertThrows(ConfigurationException.class,
                    () -> DrillWebhookSettings.parse("https://hooks.acme.test/ok, " + bad, outboundUrls), bad);
            assertTrue(failure.getMessage().contains("HERALD_DRILL_WEBHOOKS") && failure.getMessage().contains(bad),
                    failure.getMessage());
        }
        assertEquals(List.of("https://hooks.acme.test/a", "https://hooks.acme.test/B"),
                DrillWebhookSettings.parse(" https://hooks.acme.test/a,,https://hooks.acme.test/B, https://hooks.acme.test/a",
                        outboundUrls), "a host that does not resolve yet only warns; repeats count once");
    }

    @Test
    void aPrivateDrillWebhookStopsStartUpUnlessPrivateTargetsAreAllowed() {
        Map<String, Object> settings = settings();
        settings.put("herald.outbound.allow-private", "false");
        settings.put("herald.drill.webhooks", "http://127.0.0.1:9/drill");
        settings.put("herald.delivery.enabled", "false");
        var failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class, settings).close());
        String messages = messages(failure);
        assertTrue(messages.contains("HERALD_DRILL_WEBHOOKS") && messages.contains("private or reserved")
                && messages.contains("HERALD_OUTBOUND_ALLOW_PRIVATE"), messages);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
