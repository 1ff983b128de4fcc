package io.herald.notification.webhook;

import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A webhook receiver that keeps failing opens its own circuit breaker only: another receiver on the same host (the
 * same customer gateway, hooks.slack.com) still gets each update at once, not after the breaker's 30 s.
 */
@MicronautTest(transactional = false)
class FailingReceiverTest extends HeraldTest {

    private static final int UPDATES = 10;

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Override
    protected Map<String, String> extraProperties() {
        // Retries far off: each failing call is one post, so the breakers see exactly the posts below.
        return Map.of("herald.outbound.allow-private", "true", "herald.delivery.first-retry", "10m",
                "herald.delivery.breaker-open", "30s");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aFailingReceiverDoesNotHoldBackAHealthyOneOnTheSameHost() throws Exception {
        receiver.script("/failing", java.util.stream.IntStream.range(0, 3 * UPDATES).mapToObj(i -> Answer.of(500))
                .toArray(Answer[]::new));
        subscribe("/failing");
        subscribe("/healthy");
        for (int i = 1; i <= UPDATES; i++) {
            api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Incident " + i, "body", "Looking.")));
        }
        receiver.awaitPosts("/failing", UPDATES);
        receiver.awaitPosts("/healthy", UPDATES);

        Instant posted = Instant.now();
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "The one that matters", "body", "Resolved soon.")));
        receiver.awaitPosts("/healthy", UPDATES + 1);
        Duration took = Duration.between(posted, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "the healthy receiver waited " + took.toMillis() + " ms");
        assertTrue(receiver.posts("/healthy").get(UPDATES).body().contains("The one that matters"));
    }

    private void subscribe(String path) {
        api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url(path),
                "components", List.of())));
    }
}
