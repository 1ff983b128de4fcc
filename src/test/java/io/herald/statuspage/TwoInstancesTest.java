package io.herald.statuspage;

import io.herald.support.AdminApi;
import io.herald.support.SecondInstanceTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change made through one Herald instance reaches the public documents of another within a second. */
@MicronautTest(transactional = false)
class TwoInstancesTest extends SecondInstanceTest {

    private HttpClient secondClient;
    private AdminApi second;

    @Override
    protected Map<String, Object> secondInstanceSettings() {
        // Only the database revision can tell this instance about changes: make its poll the only path.
        return Map.of("herald.refresh-interval", "250ms");
    }

    @BeforeAll
    void connectToSecondInstance() {
        secondClient = HttpClient.create(secondInstance().getURL());
        second = new AdminApi(secondClient, ADMIN_TOKEN);
    }

    @AfterAll
    void closeSecondClient() {
        secondClient.close();
    }

    @Test
    void aStatusChangeOnOneInstanceShowsOnTheOtherWithinASecond() throws InterruptedException {
        Map<?, ?> component = api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Payments")));
        second.awaitText("/", "Payments", Duration.ofSeconds(1));

        api.send(HttpRequest.PATCH("/api/v1/components/" + component.get("id"), Map.of("status", "major_outage")));
        long changedAt = System.nanoTime();
        second.awaitText("/api/v2/status.json", "Major System Outage", Duration.ofSeconds(1));
        second.awaitText("/", "Major System Outage", Duration.ofSeconds(1));
        assertTrue(Duration.ofNanos(System.nanoTime() - changedAt).compareTo(Duration.ofSeconds(1)) < 0);
    }
}
