package io.herald.statuspage;

import io.herald.support.HeraldTest;
import io.herald.support.TcpProxy;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Herald started while its database is out of reach: it serves the status page saved by its last run, answers
 * writes with 503 and Retry-After within 3 s, reports the database in /health while staying live and ready, and
 * migrates and carries on by itself once the database answers.
 */
@MicronautTest(transactional = false)
class DatabaseDownAtStartTest extends HeraldTest {

    private TcpProxy proxy;
    private Map<String, String> properties;
    private String directUrl;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        if (properties != null) {
            return properties;
        }
        properties = new HashMap<>(super.getProperties());
        directUrl = properties.get("datasources.default.url");
        URI db = URI.create(directUrl.substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(db.getHost(), db.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        proxy.cut();
        properties.put("datasources.default.url", "jdbc:mariadb://127.0.0.1:" + proxy.port() + db.getPath());
        // What an earlier run of Herald left in the data directory.
        Instant at = Instant.parse("2026-12-07T09:00:00Z");
        new SavedDocuments(properties.get("herald.data-dir")).save(Map.of(
                "/", CachedDocument.of("<p>Saved before the outage</p>".getBytes(StandardCharsets.UTF_8), RenderPublicDocuments.HTML, at),
                "/api/v2/status.json", CachedDocument.of("{\"status\":{\"indicator\":\"none\"}}".getBytes(StandardCharsets.UTF_8),
                        RenderPublicDocuments.JSON, at)));
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void servesTheSavedPageRefusesWritesClearlyAndRecovers() throws Exception {
        assertTrue(http.toBlocking().retrieve("/").contains("Saved before the outage"));
        assertEquals("{\"status\":{\"indicator\":\"none\"}}", http.toBlocking().retrieve("/api/v2/status.json"));

        long start = System.nanoTime();
        var refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/v1/components", body("name", "Checkout")).bearerAuth(ADMIN_TOKEN), Map.class));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, refused.getStatus());
        assertTrue(millis <= 3000, "a write in an outage is answered within 3 s, not " + millis + " ms");
        assertTrue(refused.getResponse().header("Retry-After") != null);
        String message = String.valueOf(refused.getResponse().getBody(Map.class).orElseThrow().get("message"));
        assertTrue(message.startsWith("The database cannot be reached right now"), message);

        // A signed-in person in the admin UI is told the same, on a page.
        var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/admin/incidents")).header("Accept", "text/html")
                .header("Cookie", "herald_session=a-session-from-before").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("The database cannot be reached right now"), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());

        HttpResponse<Map> health = http.toBlocking().exchange(HttpRequest.GET("/health").bearerAuth(ADMIN_TOKEN), Map.class);
        assertEquals("DEGRADED", health.body().get("status"), health.body().toString());
        assertTrue(health.body().toString().contains("database=down"), health.body().toString());
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET("/health/liveness")).getStatus());
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET("/health/readiness")).getStatus());

        proxy.restore();
        String id = null;
        for (int i = 0; i < 100 && id == null; i++) {
            try {
                id = String.valueOf(api.send(HttpRequest.POST("/api/v1/components", body("name", "Checkout"))).get("id"));
            } catch (HttpClientResponseException e) {
                assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
                Thread.sleep(200);
            }
        }
        assertTrue(id != null, "the database came back, but writes were still refused");
        api.awaitText("/", "Checkout");
        HttpResponse<Map> healthy = http.toBlocking().exchange(HttpRequest.GET("/health").bearerAuth(ADMIN_TOKEN), Map.class);
        assertEquals("UP", healthy.body().get("status"), healthy.body().toString());
        assertEquals(ADMIN_EMAIL, awaitFirstAdmin(), "the first admin was created once the database answered");
    }

    private String awaitFirstAdmin() throws Exception {
        for (int i = 0; i < 50; i++) {
            try (var connection = DriverManager.getConnection(directUrl, properties.get("datasources.default.username"),
                    properties.get("datasources.default.password"));
                 var rs = connection.createStatement().executeQuery("SELECT email FROM app_user")) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
            Thread.sleep(100);
        }
        return null;
    }
}
