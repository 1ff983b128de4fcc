package io.herald.incident;

import io.herald.security.CreateApiToken;
import io.herald.support.HeraldTest;
import io.herald.system.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class TemplatesAndCorrectionsTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    UpdateEditRepository edits;
    @Inject
    CreateApiToken createToken;

    @Test
    void aTemplateFillsWhatTheRequestLeavesOut() {
        List<Map<String, Object>> templates = api.list("/api/v1/incident-templates");
        Map<String, Object> outage = templates.stream().filter(t -> t.get("name").equals("Major outage")).findFirst().orElseThrow();

        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents",
                Map.of("template", outage.get("id"), "name", "Checkout is down")));
        assertEquals("Checkout is down", incident.get("name"), "the request wins");
        assertEquals("critical", incident.get("impact"));
        assertEquals("SEV1", incident.get("severity"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) incident.get("updates")).get(0);
        assertEquals(outage.get("body"), first.get("body"));

        Map<?, ?> own = api.send(HttpRequest.POST("/api/v1/incident-templates", Map.of("name", "CDN trouble",
                "title", "Slow pages in some regions", "body", "Our CDN provider reports trouble.", "impact", "minor",
                "severity", "SEV2")));
        Map<?, ?> fromOwn = api.send(HttpRequest.POST("/api/v1/incidents", Map.of("template", own.get("id"))));
        assertEquals("Slow pages in some regions", fromOwn.get("name"));
        assertEquals("SEV2", fromOwn.get("severity"));
        var duplicate = assertThrows(HttpClientResponseException.class, () -> api.send(HttpRequest.POST(
                "/api/v1/incident-templates", Map.of("name", "CDN trouble", "title", "t", "body", "b"))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, duplicate.getStatus());

        var unknown = assertThrows(HttpClientResponseException.class, () -> api.send(HttpRequest.POST("/api/v1/incidents",
                Map.of("template", "999999", "name", "x"))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknown.getStatus());
    }

    @Test
    void aTypoIsCorrectedWithTheEarlierTextKeptAndOnlyAdminsDelete() throws InterruptedException {
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Login errors",
                "body", "Users can not log in since 10:00 UCT.")));
        String id = (String) incident.get("id");
        String updateId = (String) ((Map<?, ?>) ((List<?>) incident.get("updates")).get(0)).get("id");

        api.send(HttpRequest.PATCH("/api/v1/incidents/" + id + "/updates/" + updateId,
                Map.of("body", "Users cannot log in since 10:00 UTC.")));
        var kept = edits.findByUpdateIdOrderByEditedAtDesc(Long.parseLong(updateId));
        assertEquals(1, kept.size());
        assertEquals("Users can not log in since 10:00 UCT.", kept.get(0).oldBody());
        api.awaitText("/api/v2/incidents.json", "10:00 UTC.", Duration.ofSeconds(2));
        assertFalse(http.toBlocking().retrieve("/api/v2/incidents.json").contains("UCT"));

        String comms = createToken.create(new CreateApiToken.Request("comms", "comms", null), Actor.SYSTEM).secret();
        var refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.DELETE("/api/v1/incidents/" + id + "/updates/" + updateId).bearerAuth(comms)));
        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());

        api.send(HttpRequest.DELETE("/api/v1/incidents/" + id + "/updates/" + updateId));
        Thread.sleep(400);
        assertFalse(http.toBlocking().retrieve("/api/v2/incidents.json").contains("Login errors"),
                "an incident with no update left is not public");
        assertTrue(api.text("/admin/audit").contains("incident.update.delete"));
    }
}
