package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery steps aside for a signed-in user's change, briefly; never for reads, nor for anyone not signed in (a
 * status page visitor cannot slow a fan-out down by sending requests).
 */
@MicronautTest(transactional = false)
class ForegroundWorkTest extends HeraldTest {

    @Inject
    ForegroundWork foreground;
    @Inject
    @Client("/")
    HttpClient anonymous;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.delivery.enabled", "false");
    }

    @Test
    void onlyASignedInUsersChangeIsNoted() {
        long before = foreground.noted();
        assertThrows(HttpClientResponseException.class, () -> anonymous.toBlocking().exchange(
                HttpRequest.POST("/api/v1/components", Map.of("name", "Anonymous"))));
        api.list("/api/v1/components");
        assertEquals(before, foreground.noted(), "an anonymous change and a signed-in read are not noted");

        api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "API")));
        assertEquals(before + 1, foreground.noted(), "a signed-in change is");
    }

    @Test
    void stepsAsideForAMomentAfterAChangeBeganAndNotOtherwise() throws InterruptedException {
        Thread.sleep(200); // past any earlier request's window
        long idle = System.nanoTime();
        foreground.stepAside();
        long idleMillis = (System.nanoTime() - idle) / 1_000_000;
        assertTrue(idleMillis < 50, "no pause without a recent change: " + idleMillis + " ms");

        foreground.began();
        long start = System.nanoTime();
        foreground.stepAside();
        long pausedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(pausedMillis >= 100 && pausedMillis < 1000, "paused for the rest of the window: " + pausedMillis + " ms");
    }
}
