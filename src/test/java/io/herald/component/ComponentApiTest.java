package io.herald.component;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ComponentApiTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ComponentStatusChangeRepository changes;

    @Test
    void createsChangesAndDeletesAComponentRecordingEveryStatusChange() {
        Map<?, ?> group = api.send(HttpRequest.POST("/api/v1/component-groups", Map.of("name", "Core platform")));
        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/components",
                Map.of("name", "API", "description", "Public REST API", "group_id", group.get("id"),
                        "start_date", "2026-01-15", "only_show_if_degraded", false)));
        assertEquals("operational", created.get("status"));
        assertEquals(group.get("id"), created.get("group_id"));
        assertEquals("2026-01-15", created.get("start_date"));

        String id = (String) created.get("id");
        Map<?, ?> patched = api.send(HttpRequest.PATCH("/api/v1/components/" + id,
                Map.of("status", "major_outage", "reason", "database failover")));
        assertEquals("major_outage", patched.get("status"));

        var history = changes.findByComponentIdOrderByChangedAtAsc(Long.parseLong(id));
        assertEquals(2, history.size());
        assertEquals(ComponentStatus.OPERATIONAL, history.get(1).oldStatus());
        assertEquals(ComponentStatus.MAJOR_OUTAGE, history.get(1).newStatus());
        assertEquals("bootstrap-token", history.get(1).changedBy());
        assertEquals("database failover", history.get(1).reason());

        Map<?, ?> shownGroup = api.send(HttpRequest.GET("/api/v1/component-groups/" + group.get("id")));
        assertEquals(List.of(id), shownGroup.get("components"));
        assertEquals("major_outage", shownGroup.get("status"));

        var deleted = http.toBlocking().exchange(HttpRequest.DELETE("/api/v1/components/" + id).bearerAuth(ADMIN_TOKEN));
        assertEquals(HttpStatus.NO_CONTENT, deleted.getStatus());
        var gone = assertThrows(HttpClientResponseException.class,
                () -> api.send(HttpRequest.GET("/api/v1/components/" + id)));
        assertEquals(HttpStatus.NOT_FOUND, gone.getStatus());
    }

    @Test
    void refusesBadInputNamingTheFieldAndChangesNothing() {
        Map<?, ?> existing = api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Website")));
        String id = (String) existing.get("id");
        int before = api.components().size();

        api.assertFieldError(HttpRequest.POST("/api/v1/components", Map.of("name", "")), "name", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/components", Map.of("name", "x".repeat(256))),
                "name", "limit is 255");
        api.assertFieldError(HttpRequest.POST("/api/v1/components", Map.of("name", "A", "status", "on_fire")),
                "status", "not a component status");
        api.assertFieldError(HttpRequest.POST("/api/v1/components", Map.of("name", "A", "group_id", "group-999")),
                "group_id", "no component group");
        api.assertFieldError(HttpRequest.POST("/api/v1/components", Map.of("name", "A", "start_date", "yesterday")),
                "start_date", "not a date");
        api.assertFieldError(HttpRequest.PATCH("/api/v1/components/" + id,
                Map.of("status", "broken", "name", "Renamed")), "status", "not a component status");

        var malformed = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/v1/components", "{\"name\": ").contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(ADMIN_TOKEN), Map.class));
        assertEquals(HttpStatus.BAD_REQUEST, malformed.getStatus());
        String body = malformed.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("not valid JSON"), body);
        assertTrue(!body.contains("at io.") && !body.contains("Exception"), "no internals in: " + body);

        assertEquals(before, api.components().size());
        Map<?, ?> unchanged = api.send(HttpRequest.GET("/api/v1/components/" + id));
        assertEquals("Website", unchanged.get("name"));
        assertEquals("operational", unchanged.get("status"));
    }

    @Test
    void hiddenAndQuietComponentsStayOffThePageButNotOutOfTheApi() throws InterruptedException {
        api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Internal billing job", "showcase", false)));
        Map<?, ?> quiet = api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Legacy SOAP gateway",
                "only_show_if_degraded", true)));
        api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Public website")));
        String page = api.awaitText("/", "Public website");
        assertTrue(!page.contains("Internal billing job") && !page.contains("Legacy SOAP gateway"), page);
        String json = http.toBlocking().retrieve("/api/v2/components.json");
        assertTrue(json.contains("Internal billing job") && json.contains("Legacy SOAP gateway"));

        api.send(HttpRequest.PATCH("/api/v1/components/" + quiet.get("id"), Map.of("status", "degraded_performance")));
        api.awaitText("/", "Legacy SOAP gateway"); // shown once it is degraded
    }

    @Test
    void unknownComponentIsA404WithAMessage() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> api.send(HttpRequest.PATCH("/api/v1/components/987654", Map.of("status", "operational"))));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("987654"));
    }
}
