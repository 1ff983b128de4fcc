package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class OperationsEndpointsTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void healthIsUpAndTellsStrangersNothingElse() {
        String body = http.toBlocking().retrieve("/health");
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
        assertEquals("UP", health.get("status"));
        assertFalse(body.contains("jdbc:"), "an anonymous caller must not learn the database address: " + body);
        assertEquals("UP", http.toBlocking().retrieve(HttpRequest.GET("/health/readiness"), Map.class).get("status"));
    }

    @Test
    void theAdminApiIsDescribedAsOpenApi() {
        String spec = http.toBlocking().retrieve("/openapi/herald-admin-api-1.yml");
        assertTrue(spec.startsWith("openapi: 3"), spec.substring(0, Math.min(80, spec.length())));
        assertTrue(spec.contains("/api/v1/components/{id}:"));
        assertTrue(spec.contains("/api/v1/component-groups:"));
        assertFalse(spec.contains("/admin/"), "the HTML admin pages are not part of the API description");
    }
}
