package io.herald.webhook;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Admins see the webhook subscribers with their state (a disabled one with the reason), never a URL's secret path,
 * and enable or delete them from the page.
 */
@MicronautTest(transactional = false)
class WebhookAdminPageTest extends HeraldTest {

    @Inject
    WebhookSubscriberRepository subscribers;
    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true", "herald.delivery.enabled", "false");
    }

    @Test
    void listsStatesAndEnablesAndDeletes() {
        String database = api.component("Database");
        Map<?, ?> failing = api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url",
                "http://127.0.0.1:9/T000/SECRET-PATH", "components", List.of(database), "skip_verification", true)));
        api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", "http://127.0.0.1:8",
                "skip_verification", true)));
        long id = Long.parseLong((String) failing.get("id"));
        subscribers.updateFailures(id, 3, Instant.now(), "3 deliveries in a row failed; the last: HTTP 410 from 127.0.0.1");

        String page = api.text("/admin/webhooks");
        assertTrue(page.contains("http://127.0.0.1:9/…") && page.contains("http://127.0.0.1:8<"), page);
        assertFalse(page.contains("SECRET-PATH"), "the path may be the receiver's secret");
        assertTrue(page.contains("Database") && page.contains("All components"), "components by name");
        assertTrue(page.contains("disabled") && page.contains("HTTP 410 from 127.0.0.1"), "why it stopped");
        assertTrue(page.contains("active"));

        assertEquals(303, post("/admin/webhooks/" + id + "/enable"));
        assertNull(subscribers.findById(id).orElseThrow().disabledAt(), "enabled again");
        assertEquals(303, post("/admin/webhooks/" + id + "/delete"));
        assertTrue(subscribers.findById(id).isEmpty(), "deleted");
    }

    /** The form's POST, as a browser sends it; the status before any redirect is followed. */
    private int post(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            URI.create(server.getURL() + path)).header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
