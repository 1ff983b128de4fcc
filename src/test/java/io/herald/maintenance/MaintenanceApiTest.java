package io.herald.maintenance;

import io.herald.security.CreateApiToken;
import io.herald.support.HeraldTest;
import io.herald.support.MutableClock;
import io.herald.system.Actor;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moving a maintenance by hand, recording one under way, refusing bad input, and who may do what. */
@MicronautTest(transactional = false)
class MaintenanceApiTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    MutableClock clock;
    @Inject
    MoveDueMaintenances moveDue;
    @Inject
    CreateApiToken createToken;
    @Inject
    HeardMaintenanceEvents heard;

    @Override
    protected Map<String, String> extraProperties() {
        // The test drives the jobs itself, against a clock it moves.
        return Map.of("herald.test.clock", "mutable", "herald.scheduler-interval", "1h");
    }

    @Test
    void movesByHandThroughVerifyingOrIsCancelled() throws InterruptedException {
        String cdn = api.component("CDN");
        Instant from = clock.instant().plus(Duration.ofDays(1));
        String id = schedule("CDN migration", cdn, from, from.plus(Duration.ofHours(4)), "auto_start", false,
                "auto_complete", false);
        clock.set(from.plus(Duration.ofMinutes(5)));
        moveDue.moveDue();
        assertEquals("scheduled", api.send(HttpRequest.GET("/api/v1/maintenances/" + id)).get("status"),
                "auto start is off");

        post(id, "in_progress", "Starting now.", "cutover host cdn-7 SECRET");
        assertEquals("under_maintenance", api.componentStatus(cdn));
        post(id, "verifying", "Checking the new edge.", null);
        assertEquals("under_maintenance", api.componentStatus(cdn));
        clock.set(from.plus(Duration.ofHours(5)));
        moveDue.moveDue();
        assertEquals("verifying", api.send(HttpRequest.GET("/api/v1/maintenances/" + id)).get("status"),
                "auto complete is off");
        Map<?, ?> done = post(id, "completed", "All done.", null);
        assertEquals("completed", done.get("status"));
        assertEquals(4, ((List<?>) done.get("updates")).size());
        assertEquals("operational", api.componentStatus(cdn));
        String json = api.awaitText("/api/v2/scheduled-maintenances.json", "All done.");
        assertFalse(json.contains("SECRET") || json.contains("cdn-7"));

        String other = api.component("Search");
        Instant later = clock.instant().plus(Duration.ofDays(2));
        String cancelled = schedule("Search reindex", other, later, later.plus(Duration.ofHours(1)));
        post(cancelled, "completed", "Cancelled; no longer needed.", null);
        assertEquals("operational", api.componentStatus(other));
        assertTrue(heard.completed.stream().anyMatch(c -> c.maintenanceId() == Long.parseLong(cancelled) && c.cancelled()));
        assertEquals(0, heard.started(Long.parseLong(cancelled)));
    }

    @Test
    void aMaintenanceAlreadyUnderWayCanBeRecorded() {
        String queue = api.component("Queue");
        Instant from = clock.instant().minus(Duration.ofMinutes(10));
        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Queue patching",
                "body", "Patching since ten minutes ago.", "status", "in_progress", "components", List.of(queue),
                "scheduled_for", Timestamps.iso(from), "scheduled_until", Timestamps.iso(from.plus(Duration.ofHours(1))),
                "remind_before_minutes", List.of(15, 120, 15))));
        assertEquals("in_progress", created.get("status"));
        assertEquals(List.of(120, 15), created.get("remind_before_minutes"));
        assertEquals("under_maintenance", api.componentStatus(queue));
        assertEquals(1, heard.started(Long.parseLong((String) created.get("id"))));
    }

    @Test
    void completingLeavesAloneWhatOthersStillHoldOrChanged() {
        String shared = api.component("Storage");
        Instant from = clock.instant().plus(Duration.ofHours(6));
        String first = schedule("Storage firmware", shared, from, from.plus(Duration.ofHours(2)));
        String second = schedule("Storage rebalancing", shared, from, from.plus(Duration.ofHours(2)));
        post(first, "in_progress", "Started.", null);
        post(second, "in_progress", "Started too.", null);

        post(first, "completed", "Firmware done.", null);
        assertEquals("under_maintenance", api.componentStatus(shared), "the second maintenance still holds it");
        api.send(HttpRequest.PATCH("/api/v1/components/" + shared, Map.of("status", "major_outage")));
        post(second, "completed", "Done.", null);
        assertEquals("major_outage", api.componentStatus(shared), "an outage set meanwhile is not hidden");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsWritten() {
        String disk = api.component("Disks");
        Instant from = clock.instant().plus(Duration.ofHours(3));
        String until = Timestamps.iso(from.plus(Duration.ofHours(1)));
        String at = Timestamps.iso(from);
        int before = maintenances().size();

        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_for", at, "scheduled_until", Timestamps.iso(from.minus(Duration.ofMinutes(1))))),
                "scheduled_until", "after");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_for", at, "scheduled_until", at)), "scheduled_until", "after");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_for", Timestamps.iso(clock.instant().minus(Duration.ofHours(1))), "scheduled_until", until)),
                "scheduled_for", "in the past");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_for", "tomorrow", "scheduled_until", until)), "scheduled_for", "zone offset");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_until", until)), "scheduled_for", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_for", at, "scheduled_until", until, "components", List.of(disk, "424242"))),
                "components", "no component");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "b".repeat(10_001),
                "scheduled_for", at, "scheduled_until", until, "components", List.of(disk))), "body", "limit is 10000");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "scheduled_for", at,
                "scheduled_until", until)), "body", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_for", at, "scheduled_until", until, "remind_before_minutes", List.of(60, 0))),
                "remind_before_minutes", "between");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances", body("name", "x", "body", "y",
                "scheduled_for", at, "scheduled_until", until, "status", "done")), "status", "not a maintenance status");
        assertEquals(before, maintenances().size(), "no maintenance was written");
        assertEquals("operational", api.componentStatus(disk));

        String id = schedule("Disk swap", disk, from, from.plus(Duration.ofHours(1)));
        post(id, "in_progress", "Swapping.", null);
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances/" + id + "/updates",
                body("status", "scheduled", "body", "x")), "status", "cannot go back");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances/" + id + "/updates",
                body("body", "b".repeat(10_001))), "body", "limit is 10000");
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances/" + id + "/updates",
                body("status", "verifying", "body", "ok", "internal_note", "n".repeat(10_001))),
                "internal_note", "limit is 10000");
        Map<?, ?> after = api.send(HttpRequest.GET("/api/v1/maintenances/" + id));
        assertEquals("in_progress", after.get("status"));
        assertEquals(2, ((List<?>) after.get("updates")).size(), "no update was written");
        post(id, "completed", "Done.", null);
        api.assertFieldError(HttpRequest.POST("/api/v1/maintenances/" + id + "/updates",
                body("status", "in_progress", "body", "x")), "status", "cannot go back");
        assertEquals(404, assertThrows(HttpClientResponseException.class, () -> api.send(
                HttpRequest.POST("/api/v1/maintenances/424242/updates", body("body", "x")))).code());
    }

    @Test
    void viewersReadAndOnlyCommsWrite() {
        String viewer = token("viewer");
        String responder = token("responder");
        String comms = token("comms");
        Instant from = clock.instant().plus(Duration.ofDays(3));
        Map<String, Object> request = body("name", "By role", "body", "Planned.", "scheduled_for", Timestamps.iso(from),
                "scheduled_until", Timestamps.iso(from.plus(Duration.ofHours(1))));
        assertEquals(200, code(HttpRequest.GET("/api/v1/maintenances").bearerAuth(viewer)));
        assertEquals(401, code(HttpRequest.GET("/api/v1/maintenances")));
        assertEquals(403, code(HttpRequest.POST("/api/v1/maintenances", request).bearerAuth(viewer)));
        assertEquals(403, code(HttpRequest.POST("/api/v1/maintenances", request).bearerAuth(responder)));
        assertEquals(201, code(HttpRequest.POST("/api/v1/maintenances", request).bearerAuth(comms)));
        String audit = api.text("/admin/audit");
        assertTrue(audit.contains("maintenance.schedule"), audit);
    }

    private String token(String role) {
        return createToken.create(new CreateApiToken.Request("maintenance-" + role, role, null), Actor.SYSTEM).secret();
    }

    private int code(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private String schedule(String name, String component, Instant from, Instant until, Object... more) {
        Map<String, Object> request = body("name", name, "body", "Planned work.", "components", List.of(component),
                "scheduled_for", Timestamps.iso(from), "scheduled_until", Timestamps.iso(until));
        request.putAll(body(more));
        return (String) api.send(HttpRequest.POST("/api/v1/maintenances", request)).get("id");
    }

    private Map<?, ?> post(String id, String status, String text, String internalNote) {
        Map<String, Object> request = body("status", status, "body", text);
        if (internalNote != null) {
            request.put("internal_note", internalNote);
        }
        return api.send(HttpRequest.POST("/api/v1/maintenances/" + id + "/updates", request));
    }

    private List<?> maintenances() {
        return api.list("/api/v1/maintenances");
    }
}
