package io.herald.notification.progress;

import io.herald.support.HeraldTest;
import io.herald.support.RecordingSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comms role sees where an update's deliveries stand per channel, the failures with the server's answer, and retries them. */
@MicronautTest(transactional = false)
class DeliveryProgressTest extends HeraldTest {

    private RecordingSmtp smtp;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            smtp = RecordingSmtp.start();
        }
        return smtp.settings("herald.delivery.max-attempts", "1");
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void failuresAreCountedShownAndRetried() throws Exception {
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "one@acme.test")));
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "two@acme.test")));
        smtp.refusing(100);

        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "API errors", "body", "Looking.")));
        String path = deliveriesPath(incident);
        await(() -> failed(api.send(HttpRequest.GET(path))) == 2, "both deliveries fail (one attempt allowed)");
        Map<?, ?> progress = api.send(HttpRequest.GET(path));
        assertEquals(List.of(Map.of("channel", "email", "queued", 0, "sent", 0, "retrying", 0, "failed", 2, "total", 2)),
                progress.get("channels"));
        List<?> failures = (List<?>) progress.get("failures");
        assertEquals(2, failures.size());
        assertTrue(String.valueOf(((Map<?, ?>) failures.get(0)).get("last_error")).contains("451"),
                "the server's answer is shown: " + failures.get(0));

        smtp.refusing(0);
        Map<?, ?> retried = api.send(HttpRequest.POST(path + "/retry", Map.of()));
        assertEquals(2, retried.get("requeued"));
        await(() -> sent(api.send(HttpRequest.GET(path))) == 2, "both sent after the retry");
        assertEquals(List.of(), api.send(HttpRequest.GET(path)).get("failures"));
        assertEquals(2, smtp.accepted().size());

        String metrics = api.text("/prometheus");
        assertTrue(metrics.contains("herald_deliveries_total{channel=\"email\",outcome=\"sent\"} 2.0"), metrics);
        assertTrue(metrics.contains("herald_deliveries_total{channel=\"email\",outcome=\"failed\"} 2.0"), metrics);

        var anonymous = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/prometheus")));
        assertEquals(401, anonymous.getStatus().getCode(), "metrics only for the signed in, and never a 500");

        var notFound = assertThrows(HttpClientResponseException.class,
                () -> api.send(HttpRequest.GET("/api/v1/incidents/999/updates/1/deliveries")));
        assertEquals(404, notFound.getStatus().getCode());
    }

    private String deliveriesPath(Map<?, ?> incident) {
        List<?> updates = (List<?>) incident.get("updates");
        Object updateId = ((Map<?, ?>) updates.get(0)).get("id");
        return "/api/v1/incidents/" + incident.get("id") + "/updates/" + updateId + "/deliveries";
    }

    private static long failed(Map<?, ?> progress) {
        return count(progress, "failed");
    }

    private static long sent(Map<?, ?> progress) {
        return count(progress, "sent");
    }

    private static long count(Map<?, ?> progress, String key) {
        return ((List<?>) progress.get("channels")).stream().mapToLong(c -> ((Number) ((Map<?, ?>) c).get(key)).longValue()).sum();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 20 s");
            }
            Thread.sleep(100);
        }
    }
}
