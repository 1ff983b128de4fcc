package io.herald.maintenance;

import io.herald.support.HeraldTest;
import io.herald.support.MutableClock;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A maintenance from its announcement through its automatic start and end, on the admin API, the v2 API and the page. */
@MicronautTest(transactional = false)
class MaintenanceLifecycleTest extends HeraldTest {

    static final Set<String> MAINTENANCE_KEYS = Set.of("id", "name", "status", "created_at", "updated_at",
            "monitoring_at", "resolved_at", "impact", "shortlink", "started_at", "page_id", "incident_updates",
            "components", "scheduled_for", "scheduled_until");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    MutableClock clock;
    @Inject
    MoveDueMaintenances moveDue;
    @Inject
    HeardMaintenanceEvents heard;

    @Override
    protected Map<String, String> extraProperties() {
        // The test drives the jobs itself, against a clock it moves.
        return Map.of("herald.test.clock", "mutable", "herald.scheduler-interval", "1h");
    }

    @Test
    void startsAndCompletesOnItsOwnAndShowsEverywhere() throws InterruptedException {
        String db = api.component("Database");
        String apiId = api.component("API");
        Instant from = clock.instant().plus(Duration.ofHours(2));
        Instant until = from.plus(Duration.ofHours(1));
        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/maintenances", body(
                "name", "Database upgrade", "body", "We are upgrading the **database**.",
                "components", List.of(db), "scheduled_for", Timestamps.iso(from),
                "scheduled_until", Timestamps.iso(until), "internal_note", "runbook RB-42 SECRET")));
        String id = (String) created.get("id");
        assertEquals("scheduled", created.get("status"));
        assertEquals(List.of(1440, 60), created.get("remind_before_minutes"));
        assertEquals(List.of(db), created.get("components"));
        assertEquals("runbook RB-42 SECRET", ((Map<?, ?>) ((List<?>) created.get("updates")).get(0)).get("internal_note"));
        assertEquals("operational", api.componentStatus(db), "nothing changes before it starts");

        Map<?, ?> upcoming = only(awaitJson("/api/v2/scheduled-maintenances/upcoming.json", "Database upgrade"));
        assertEquals(MAINTENANCE_KEYS, upcoming.keySet());
        assertEquals(id, upcoming.get("id"));
        assertEquals("scheduled", upcoming.get("status"));
        assertEquals("maintenance", upcoming.get("impact"));
        assertEquals(Timestamps.iso(from), upcoming.get("scheduled_for"));
        assertEquals(Timestamps.iso(until), upcoming.get("scheduled_until"));
        assertEquals("http://status.herald.test/maintenances/" + id, upcoming.get("shortlink"));
        assertEquals(db, ((Map<?, ?>) ((List<?>) upcoming.get("components")).get(0)).get("id"));
        assertEquals(id, ((Map<?, ?>) ((List<?>) upcoming.get("incident_updates")).get(0)).get("incident_id"));
        assertEquals(List.of(), list("/api/v2/scheduled-maintenances/active.json"));
        assertEquals(List.of(id), ids(list("/api/v2/summary.json")));
        assertEquals("none", status());
        String page = http.toBlocking().retrieve("/");
        assertTrue(page.contains("Scheduled maintenance") && page.contains("Database upgrade"), page);
        assertTrue(page.contains("<strong>database</strong>"), "Markdown rendered");
        assertTrue(page.contains("datetime=\"" + from.atOffset(java.time.ZoneOffset.UTC).toString().substring(0, 16)),
                "the window in the page's zone, with the instant for the visitor's: " + page);
        assertFalse(page.contains("Maintenance in progress"));

        clock.set(from.plusSeconds(1));
        moveDue.moveDue();
        Map<?, ?> started = api.send(HttpRequest.GET("/api/v1/maintenances/" + id));
        assertEquals("in_progress", started.get("status"));
        assertTrue(started.get("started_at") != null);
        assertEquals(MoveDueMaintenances.STARTED, ((Map<?, ?>) ((List<?>) started.get("updates")).get(0)).get("body"));
        assertEquals("under_maintenance", api.componentStatus(db));
        assertEquals("operational", api.componentStatus(apiId), "only the components it names");
        Map<?, ?> active = only(awaitJson("/api/v2/scheduled-maintenances/active.json", "Database upgrade"));
        assertEquals("in_progress", active.get("status"));
        assertEquals(2, ((List<?>) active.get("incident_updates")).size());
        assertEquals(List.of(), list("/api/v2/scheduled-maintenances/upcoming.json"));
        assertEquals(List.of(id), ids(list("/api/v2/summary.json")));
        assertEquals("maintenance", status());
        page = api.awaitText("/", "Maintenance in progress");
        assertTrue(page.contains("banner-maintenance") && page.contains("Service Under Maintenance"), page);
        assertFalse(page.contains("Scheduled maintenance"));
        assertEquals(1, heard.started(Long.parseLong(id)));

        clock.set(until.plusSeconds(1));
        moveDue.moveDue();
        Map<?, ?> completed = api.send(HttpRequest.GET("/api/v1/maintenances/" + id));
        assertEquals("completed", completed.get("status"));
        assertEquals("operational", api.componentStatus(db));
        api.awaitText("/api/v2/status.json", "\"indicator\":\"none\"");
        assertEquals(List.of(), list("/api/v2/scheduled-maintenances/active.json"));
        assertEquals(List.of(), list("/api/v2/summary.json"));
        Map<?, ?> all = only(list("/api/v2/scheduled-maintenances.json"));
        assertEquals("completed", all.get("status"));
        assertTrue(all.get("resolved_at") != null);
        String history = http.toBlocking().retrieve("/history");
        assertTrue(history.contains("Database upgrade") && history.contains("Maintenance has been completed."), history);
        assertTrue(http.toBlocking().retrieve("/maintenances/" + id).contains("This maintenance has been completed."));
        assertEquals(1, heard.started(Long.parseLong(id)));
        assertEquals(1, heard.completed.stream().filter(c -> c.maintenanceId() == Long.parseLong(id) && !c.cancelled())
                .count());
        assertEquals(0, moveDue.moveDue(), "nothing left to move");

        for (String path : List.of("/", "/history", "/maintenances/" + id, "/api/v2/summary.json",
                "/api/v2/scheduled-maintenances.json", "/api/v2/scheduled-maintenances/upcoming.json",
                "/api/v2/scheduled-maintenances/active.json")) {
            assertFalse(http.toBlocking().retrieve(path).contains("SECRET"), "internal note leaked at " + path);
        }
    }

    private String status() {
        return (String) ((Map<?, ?>) http.toBlocking().retrieve(HttpRequest.GET("/api/v2/status.json"), Map.class)
                .get("status")).get("indicator");
    }

    private List<?> list(String path) {
        return (List<?>) http.toBlocking().retrieve(HttpRequest.GET(path), Map.class).get("scheduled_maintenances");
    }

    private static List<?> ids(List<?> maintenances) {
        return maintenances.stream().map(m -> ((Map<?, ?>) m).get("id")).toList();
    }

    private static Map<?, ?> only(List<?> maintenances) {
        assertEquals(1, maintenances.size(), maintenances.toString());
        return (Map<?, ?>) maintenances.get(0);
    }

    private List<?> awaitJson(String path, String text) throws InterruptedException {
        api.awaitText(path, text);
        return list(path);
    }
}
