package io.herald.notification.delivery;

import io.herald.support.BulkSubscribers;
import io.herald.support.RecordingSmtp;
import io.herald.support.SecondInstanceTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two Herald instances on one database share a fan-out: each message is sent once, and both do part of it. */
@MicronautTest(transactional = false)
class TwoInstancesDeliverOnceTest extends SecondInstanceTest {

    private static final int SUBSCRIBERS = 2000;

    private RecordingSmtp smtp;

    @Inject
    DeliveryRepository deliveries;
    @Inject
    MeterRegistry meters;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            // A little time per message, so that neither instance can finish the whole queue alone before the other looks.
            smtp = RecordingSmtp.start().slowedBy(2);
        }
        return smtp.settings();
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void eachMessageIsSentOnceAndBothInstancesShareTheWork() throws InterruptedException {
        BulkSubscribers.seed(settings(), SUBSCRIBERS);
        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Shared fan-out", "body", "Investigating.",
                "components", Map.of(api.component("API"), "partial_outage"))));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (deliveries.countByState(DeliveryState.SENT) < SUBSCRIBERS && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(SUBSCRIBERS, deliveries.countByState(DeliveryState.SENT));
        assertEquals(SUBSCRIBERS, smtp.accepted().size(), "exactly one message per subscriber reached the server");
        assertEquals(SUBSCRIBERS, new HashSet<>(smtp.countsByRecipient().keySet()).size());

        double first = sent(meters);
        double second = sent(secondInstance().getApplicationContext().getBean(MeterRegistry.class));
        assertEquals(SUBSCRIBERS, first + second, 0.0, "the instances' counters add up to the fan-out");
        assertTrue(first > 0 && second > 0, "both instances sent part of it: " + first + " and " + second);
    }

    private static double sent(MeterRegistry registry) {
        var counter = registry.find("herald.deliveries").tag("channel", "email").tag("outcome", "sent").counter();
        return counter == null ? 0 : counter.count();
    }
}
