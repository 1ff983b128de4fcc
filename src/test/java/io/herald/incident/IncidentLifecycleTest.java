package io.herald.incident;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class IncidentLifecycleTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anIncidentFromFirstWordToResolutionOnPageAndApi() throws InterruptedException {
        String api = component("API");
        Map<?, ?> incident = send(HttpRequest.POST("/api/v1/incidents", body(
                "name", "Elevated API errors", "impact", "major", "severity", "SEV2",
                "body", "We are investigating **elevated error rates**.", "internal_note", "db-7 replica lag SECRET",
                "components", Map.of(api, "partial_outage"))));
        String id = (String) incident.get("id");
        assertEquals("investigating", incident.get("status"));
        assertEquals("SEV2", incident.get("severity"));
        assertTrue(incident.get("next_update_at") != null, "SEV2 has a 60 minute cadence");

        Map<?, ?> summary = awaitJson("/api/v2/summary.json", "Elevated API errors");
        assertTrue(http.toBlocking().retrieve("/incidents/" + id).contains("Next update by"), "SEV2 promises its next update");
        send(HttpRequest.PATCH("/api/v1/incidents/" + id, body("show_next_update", false)));
        Thread.sleep(400);
        assertFalse(http.toBlocking().retrieve("/incidents/" + id).contains("Next update by"), "the promise can be switched off");
        assertEquals("major", ((Map<?, ?>) summary.get("status")).get("indicator"));
        Map<?, ?> shown = (Map<?, ?>) ((List<?>) summary.get("incidents")).get(0);
        assertEquals("investigating", shown.get("status"));
        assertEquals("major", shown.get("impact"));
        Map<?, ?> firstUpdate = (Map<?, ?>) ((List<?>) shown.get("incident_updates")).get(0);
        Map<?, ?> affected = (Map<?, ?>) ((List<?>) firstUpdate.get("affected_components")).get(0);
        assertEquals(api, affected.get("code"));
        assertEquals("operational", affected.get("old_status"));
        assertEquals("partial_outage", affected.get("new_status"));
        assertEquals("partial_outage", componentStatus(api));

        send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body(
                "status", "identified", "body", "A bad deploy; rolling back.")));
        send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body(
                "status", "resolved", "body", "Fixed.", "resolve_components", true)));
        assertEquals("operational", componentStatus(api));

        String all = awaitText("/api/v2/incidents.json", "Fixed.");
        assertTrue(all.contains("\"resolved_at\":\"20"), all);
        String unresolved = http.toBlocking().retrieve("/api/v2/incidents/unresolved.json");
        assertFalse(unresolved.contains("Elevated API errors"));
        String page = http.toBlocking().retrieve("/incidents/" + id);
        assertTrue(page.contains("<strong>elevated error rates</strong>"), "Markdown rendered");
        assertTrue(page.contains("Resolved") && page.contains("Identified"));
        assertTrue(http.toBlocking().retrieve("/history").contains("Elevated API errors"));
        for (String path : List.of("/", "/history", "/incidents/" + id, "/api/v2/summary.json", "/api/v2/incidents.json")) {
            String text = http.toBlocking().retrieve(path);
            assertFalse(text.contains("SECRET") || text.contains("SEV2"), "internal text leaked at " + path);
        }
    }

    @Test
    void aTimedUpdateStaysHiddenUntilItsMomentThenAppearsOnce() throws InterruptedException {
        String id = (String) send(HttpRequest.POST("/api/v1/incidents", body(
                "name", "Slow dashboards", "body", "Looking into it."))).get("id");
        String at = Instant.now().plusSeconds(3).toString();
        Map<?, ?> scheduled = send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body(
                "status", "monitoring", "body", "A fix is out; watching.", "publish_at", at)));
        Map<?, ?> pending = (Map<?, ?>) ((List<?>) scheduled.get("updates")).get(0);
        assertNull(pending.get("published_at"));
        assertEquals("investigating", scheduled.get("status"));
        Thread.sleep(300);
        assertFalse(http.toBlocking().retrieve("/api/v2/incidents.json").contains("A fix is out"));
        assertFalse(http.toBlocking().retrieve("/").contains("A fix is out"));

        awaitText("/api/v2/incidents.json", "A fix is out");
        Map<?, ?> after = send(HttpRequest.GET("/api/v1/incidents/" + id));
        assertEquals("monitoring", after.get("status"));
        assertTrue(http.toBlocking().retrieve("/").contains("A fix is out"));
    }

    @Test
    void drillsNeverReachThePublic() throws InterruptedException {
        String api = component("Drill target");
        send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY drill", "body", "Practice run.",
                "drill", true, "impact", "critical", "components", Map.of(api, "major_outage"))));
        Thread.sleep(400);
        for (String path : List.of("/", "/history", "/api/v2/summary.json", "/api/v2/incidents.json", "/api/v2/status.json")) {
            assertFalse(http.toBlocking().retrieve(path).contains("GAMEDAY"), path);
        }
        assertEquals("operational", componentStatus(api), "a drill never changes a real component");
        assertFalse(http.toBlocking().retrieve("/api/v2/status.json").contains("critical"));
    }

    @Test
    void badInputIsRefusedWithTheField() {
        String id = (String) send(HttpRequest.POST("/api/v1/incidents", body("name", "Resolved one", "body", "Done.",
                "status", "resolved"))).get("id");
        assertField(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "investigating", "body", "x")),
                "status", "cannot go back");
        assertField(HttpRequest.POST("/api/v1/incidents", body("name", "x", "body", "y", "components", Map.of("424242", "major_outage"))),
                "components", "no component");
        assertField(HttpRequest.POST("/api/v1/incidents", body("name", "x", "body", "y", "publish_at", "2020-01-01T00:00:00Z")),
                "publish_at", "in the past");
        assertField(HttpRequest.POST("/api/v1/incidents", body("name", "x", "body", "y", "custom_tweet", "t".repeat(281))),
                "custom_tweet", "limit is 280");
        assertField(HttpRequest.POST("/api/v1/incidents", body("name", "x", "body", "y", "severity", "SEV9")),
                "severity", "not a severity");
        assertField(HttpRequest.POST("/api/v1/incidents", body("name", "x")), "body", "must not be empty");
        assertField(HttpRequest.POST("/api/v1/incidents", body("name", "x", "body", "y", "status", "postmortem")),
                "status", "postmortem");
    }

    private void assertField(MutableHttpRequest<?> request, String field, String text) {
        var e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request.bearerAuth(ADMIN_TOKEN), Map.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) e.getResponse().getBody(Map.class).orElseThrow().get("errors")).get(0);
        assertEquals(field, error.get("field"));
        assertTrue(((String) error.get("message")).contains(text), error.toString());
    }

    private String component(String name) {
        return (String) send(HttpRequest.POST("/api/v1/components", Map.of("name", name))).get("id");
    }

    private String componentStatus(String id) {
        return (String) send(HttpRequest.GET("/api/v1/components/" + id)).get("status");
    }

    private Map<?, ?> send(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.bearerAuth(ADMIN_TOKEN), Map.class);
    }

    private Map<?, ?> awaitJson(String path, String text) throws InterruptedException {
        awaitText(path, text);
        return http.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
    }

    private String awaitText(String path, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 6_000_000_000L;
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.toBlocking().retrieve(path);
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " never showed '" + text + "': " + body);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
