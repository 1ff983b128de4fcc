package io.herald.notification.email;

import io.herald.notification.delivery.DeliveryRepository;
import io.herald.notification.delivery.DeliveryState;
import io.herald.support.BulkSubscribers;
import io.herald.support.HeraldTest;
import io.herald.support.RecordingSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mail server that refuses 30 % of messages with a temporary error still receives every message, once. */
@MicronautTest(transactional = false)
class FlakySmtpTest extends HeraldTest {

    private static final int SUBSCRIBERS = 300;

    private RecordingSmtp smtp;

    @Inject
    DeliveryRepository deliveries;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            smtp = RecordingSmtp.start().refusing(30);
        }
        // Twelve tries: a message refused twelve times running (0.3^12) would be a broken pipeline, not bad luck.
        return smtp.settings("herald.delivery.max-attempts", "12");
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void everyMessageArrivesOnceThoughThirtyPercentAreRefused() throws InterruptedException {
        BulkSubscribers.seed(settings(), SUBSCRIBERS);
        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Flaky mail", "body", "Investigating.",
                "components", Map.of(api.component("API"), "partial_outage"))));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (deliveries.countByState(DeliveryState.SENT) < SUBSCRIBERS && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(SUBSCRIBERS, deliveries.countByState(DeliveryState.SENT), "every delivery ends SENT");
        assertEquals(0, deliveries.countByState(DeliveryState.FAILED));
        Map<String, Integer> counts = smtp.countsByRecipient();
        assertEquals(SUBSCRIBERS, counts.size(), "every subscriber got the message");
        assertTrue(counts.values().stream().allMatch(n -> n == 1), "nobody got it twice: " + counts);
        assertTrue(smtp.refused() >= SUBSCRIBERS * 3 / 10, "the server did refuse about 30 %: " + smtp.refused()
                + " of " + smtp.attempts());
    }
}
