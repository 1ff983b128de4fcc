package io.herald.statuspage;

import io.herald.support.HeraldTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change made through one Herald instance reaches the public documents of another within a second. */
@MicronautTest(transactional = false)
class TwoInstancesTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient first;

    private EmbeddedServer second;
    private HttpClient secondClient;

    @BeforeAll
    void startSecondInstance() {
        Map<String, Object> settings = settings();
        settings.put("micronaut.server.port", -1);
        // Only the database revision can tell this instance about changes: make its poll the only path.
        settings.put("herald.refresh-interval", "250ms");
        second = ApplicationContext.run(EmbeddedServer.class, settings);
        secondClient = HttpClient.create(second.getURL());
    }

    @AfterAll
    void stopSecondInstance() {
        secondClient.close();
        second.close();
    }

    @Test
    void aStatusChangeOnOneInstanceShowsOnTheOtherWithinASecond() throws InterruptedException {
        Map<?, ?> component = first.toBlocking().retrieve(HttpRequest.POST("/api/v1/components",
                Map.of("name", "Payments")).bearerAuth(ADMIN_TOKEN), Map.class);
        awaitOnSecond("/", "Payments", Duration.ofSeconds(1));

        first.toBlocking().exchange(HttpRequest.PATCH("/api/v1/components/" + component.get("id"),
                Map.of("status", "major_outage")).bearerAuth(ADMIN_TOKEN));
        long changedAt = System.nanoTime();
        awaitOnSecond("/api/v2/status.json", "Major System Outage", Duration.ofSeconds(1));
        awaitOnSecond("/", "Major System Outage", Duration.ofSeconds(1));
        assertTrue(Duration.ofNanos(System.nanoTime() - changedAt).compareTo(Duration.ofSeconds(1)) < 0);
    }

    private void awaitOnSecond(String path, String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = secondClient.toBlocking().retrieve(HttpRequest.GET(path), String.class);
            if (body.contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second instance did not show '" + text + "' at " + path + " within " + limit
                + "; it served: " + body.substring(0, Math.min(body.length(), 400)));
    }
}
