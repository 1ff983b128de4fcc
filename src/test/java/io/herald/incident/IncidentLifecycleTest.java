package io.herald.incident;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class IncidentLifecycleTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anIncidentFromFirstWordToResolutionOnPageAndApi() throws InterruptedException {
        String apiId = api.component("API");
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body(
                "name", "Elevated API errors", "impact", "major", "severity", "SEV2",
                "body", "We are investigating **elevated error rates**.", "internal_note", "db-7 replica lag SECRET",
                "components", Map.of(apiId, "partial_outage"))));
        String id = (String) incident.get("id");
        assertEquals("investigating", incident.get("status"));
        assertEquals("SEV2", incident.get("severity"));
        assertTrue(incident.get("next_update_at") != null, "SEV2 has a 60 minute cadence");

        Map<?, ?> summary = api.awaitJson("/api/v2/summary.json", "Elevated API errors");
        assertTrue(http.toBlocking().retrieve("/incidents/" + id).contains("Next update by"), "SEV2 promises its next update");
        api.send(HttpRequest.PATCH("/api/v1/incidents/" + id, body("show_next_update", false)));
        api.awaitGone("/incidents/" + id, "Next update by"); // the promise can be switched off
        assertEquals("major", ((Map<?, ?>) summary.get("status")).get("indicator"));
        Map<?, ?> shown = (Map<?, ?>) ((List<?>) summary.get("incidents")).get(0);
        assertEquals("investigating", shown.get("status"));
        assertEquals("major", shown.get("impact"));
        Map<?, ?> firstUpdate = (Map<?, ?>) ((List<?>) shown.get("incident_updates")).get(0);
        Map<?, ?> affected = (Map<?, ?>) ((List<?>) firstUpdate.get("affected_components")).get(0);
        assertEquals(apiId, affected.get("code"));
        assertEquals("operational", affected.get("old_status"));
        assertEquals("partial_outage", affected.get("new_status"));
        assertEquals("partial_outage", api.componentStatus(apiId));

        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body(
                "status", "identified", "body", "A bad deploy; rolling back.")));
        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body(
                "status", "resolved", "body", "Fixed.", "resolve_components", true)));
        assertEquals("operational", api.componentStatus(apiId));

        String all = api.awaitText("/api/v2/incidents.json", "Fixed.");
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
        String id = (String) api.send(HttpRequest.POST("/api/v1/incidents", body(
                "name", "Slow dashboards", "body", "Looking into it."))).get("id");
        String at = Instant.now().plusSeconds(3).toString();
        Map<?, ?> scheduled = api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body(
                "status", "monitoring", "body", "A fix is out; watching.", "publish_at", at)));
        Map<?, ?> pending = (Map<?, ?>) ((List<?>) scheduled.get("updates")).get(0);
        assertNull(pending.get("published_at"));
        assertEquals("investigating", scheduled.get("status"));
        Thread.sleep(300);
        assertFalse(http.toBlocking().retrieve("/api/v2/incidents.json").contains("A fix is out"));
        assertFalse(http.toBlocking().retrieve("/").contains("A fix is out"));

        api.awaitText("/api/v2/incidents.json", "A fix is out");
        Map<?, ?> after = api.send(HttpRequest.GET("/api/v1/incidents/" + id));
        assertEquals("monitoring", after.get("status"));
        assertTrue(http.toBlocking().retrieve("/").contains("A fix is out"));
    }

    @Test
    void aChangeRefusesFieldsItCannotApplyRatherThanDroppingThem() {
        String id = (String) api.send(HttpRequest.POST("/api/v1/incidents", body(
                "name", "Queue backlog", "body", "Looking into it."))).get("id");
        String updateId = (String) ((Map<?, ?>) ((List<?>) api.send(HttpRequest.GET("/api/v1/incidents/" + id))
                .get("updates")).get(0)).get("id");
        api.assertFieldError(HttpRequest.PATCH("/api/v1/incidents/" + id, body("components", Map.of())),
                "components", "give a status or body too");
        api.assertFieldError(HttpRequest.PATCH("/api/v1/incidents/" + id, body("name", "Renamed",
                "publish_at", "2099-01-01T00:00:00Z")), "publish_at", "give a status or body too");
        api.assertFieldError(HttpRequest.PATCH("/api/v1/incidents/" + id, body("internal_note", "db-7")),
                "internal_note", "give a status or body too");
        api.assertFieldError(HttpRequest.PATCH("/api/v1/incidents/" + id, body("drill", true)),
                "drill", "stays a drill, or not");
        api.assertFieldError(HttpRequest.PATCH("/api/v1/incidents/" + id + "/updates/" + updateId,
                body("body", "Fixed typo", "status", "resolved")), "status", "a correction changes only the body");
        Map<?, ?> unchanged = api.send(HttpRequest.GET("/api/v1/incidents/" + id));
        assertEquals("Queue backlog", unchanged.get("name"));
        assertEquals(1, ((List<?>) unchanged.get("updates")).size());
        assertEquals("investigating", unchanged.get("status"));
    }

    @Test
    void drillsNeverReachThePublic() throws InterruptedException {
        String target = api.component("Drill target");
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY drill", "body", "Practice run.",
                "drill", true, "impact", "critical", "components", Map.of(target, "major_outage"))));
        Thread.sleep(400);
        for (String path : List.of("/", "/history", "/api/v2/summary.json", "/api/v2/incidents.json", "/api/v2/status.json")) {
            assertFalse(http.toBlocking().retrieve(path).contains("GAMEDAY"), path);
        }
        assertEquals("operational", api.componentStatus(target), "a drill never changes a real component");
        assertFalse(http.toBlocking().retrieve("/api/v2/status.json").contains("critical"));
    }

    @Test
    void badInputIsRefusedWithTheField() {
        String id = (String) api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Resolved one", "body", "Done.",
                "status", "resolved"))).get("id");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents/" + id + "/updates",
                body("status", "investigating", "body", "x")), "status", "cannot go back");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents",
                body("name", "x", "body", "y", "components", Map.of("424242", "major_outage"))), "components", "no component");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents",
                body("name", "x", "body", "y", "publish_at", "2020-01-01T00:00:00Z")), "publish_at", "in the past");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents",
                body("name", "x", "body", "y", "custom_tweet", "t".repeat(281))), "custom_tweet", "limit is 280");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents",
                body("name", "x", "body", "y", "severity", "SEV9")), "severity", "not a severity");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents", body("name", "x")), "body", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents",
                body("name", "x", "body", "y", "status", "postmortem")), "status", "postmortem");
    }
}
