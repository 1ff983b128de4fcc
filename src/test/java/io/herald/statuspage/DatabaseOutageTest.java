package io.herald.statuspage;

import io.herald.support.HeraldTest;
import io.herald.support.TcpProxy;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the database unreachable, the status page and its API keep serving the last good version. */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends HeraldTest {

    private TcpProxy proxy;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("datasources.default.connection-timeout", "1000", "datasources.default.validation-timeout", "500");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        if (proxy == null) {
            // Route Herald's database connections through a relay the test can cut.
            URI db = URI.create(properties.get("datasources.default.url").substring("jdbc:".length()));
            try {
                proxy = new TcpProxy(db.getHost(), db.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String url = properties.get("datasources.default.url");
        URI db = URI.create(url.substring("jdbc:".length()));
        properties.put("datasources.default.url", "jdbc:mariadb://127.0.0.1:" + proxy.port() + db.getPath());
        return properties;
    }

    @Test
    void aWriteToADatabaseThatStopsAnsweringIsRefusedWithinThreeSeconds() throws InterruptedException {
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/components", Map.of("name", "Billing")).bearerAuth(ADMIN_TOKEN));
        // Right after a write, so that the pool's connections look fresh: a pool that trusts them would send the next
        // write down a connection that never answers.
        proxy.silence();
        try {
            long start = System.nanoTime();
            var write = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                    HttpRequest.POST("/api/v1/components", Map.of("name", "Ledger")).bearerAuth(ADMIN_TOKEN)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, write.getStatus());
            assertTrue(millis <= 3000, "answered after " + millis + " ms");
            assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET("/"), String.class).getStatus());
        } finally {
            // Bytes dropped while silent leave the connections mid-conversation: drop them, so the pool starts afresh.
            proxy.cut();
            proxy.restore();
        }
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void servesTheLastGoodPageWhileTheDatabaseIsDown() throws InterruptedException {
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/components", Map.of("name", "Checkout", "status",
                "partial_outage")).bearerAuth(ADMIN_TOKEN));
        api.awaitText("/", "Checkout");
        HttpResponse<String> before = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);
        assertTrue(before.body().contains("Checkout"));
        String summaryBefore = http.toBlocking().retrieve("/api/v2/summary.json");

        proxy.cut();
        try {
            Thread.sleep(500);
            HttpResponse<String> during = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);
            assertEquals(HttpStatus.OK, during.getStatus());
            assertEquals(before.header("ETag"), during.header("ETag"));
            assertTrue(during.body().contains("Partial System Outage"));
            assertEquals(summaryBefore, http.toBlocking().retrieve("/api/v2/summary.json"));

            // Degraded, not down: the page is still served, so the instance stays ready (see DatabaseHealth).
            HttpResponse<Map> health = http.toBlocking().exchange(HttpRequest.GET("/health"), Map.class);
            assertEquals("DEGRADED", health.body().get("status"));

            var write = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                    HttpRequest.POST("/api/v1/components", Map.of("name", "Search")).bearerAuth(ADMIN_TOKEN)));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, write.getStatus());
        } finally {
            proxy.restore();
        }
    }
}
