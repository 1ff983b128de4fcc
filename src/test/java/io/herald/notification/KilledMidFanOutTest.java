package io.herald.notification;

import io.herald.support.BulkSubscribers;
import io.herald.support.HeraldProcess;
import io.herald.support.HeraldTest;
import io.herald.support.RecordingSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of the Herald that is fanning out, then a restart: every subscriber gets the message. A message the
 * killed process had handed to the mail server but not yet recorded may go out twice (at-least-once; it keeps
 * its Message-ID so that receivers can spot it), but never more than the killed process held at that moment.
 */
@MicronautTest(transactional = false)
class KilledMidFanOutTest extends HeraldTest {

    private static final int SUBSCRIBERS = 3000;
    /** Sent but not yet recorded: 4 SMTP connections × DeliveryWorker.UNRECORDED_AT_MOST. */
    private static final int HELD_AT_MOST = 4 * DeliveryWorker.UNRECORDED_AT_MOST;

    private RecordingSmtp smtp;

    @Inject
    DeliveryRepository deliveries;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            smtp = RecordingSmtp.start().slowedBy(3);
        }
        // This instance only takes the API call; the separate processes below do the sending.
        return smtp.settings("herald.delivery.enabled", "false");
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void aRestartAfterKillNineDeliversEveryMessage() throws Exception {
        BulkSubscribers.seed(settings(), SUBSCRIBERS);
        Map<String, Object> worker = new HashMap<>(settings());
        worker.put("herald.delivery.enabled", "true");
        worker.put("herald.delivery.lease", "2s");

        try (HeraldProcess first = HeraldProcess.start("killed-mid-fan-out-1", worker)) {
            api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Crash drill", "body", "Investigating.",
                    "components", Map.of(api.component("API"), "partial_outage"))));
            await(() -> smtp.accepted().size() >= SUBSCRIBERS / 5, Duration.ofSeconds(90), "the first process got going");
            first.kill();
        }
        int before = smtp.accepted().size();
        assertTrue(before < SUBSCRIBERS, "killed before the end: " + before);
        long unfinished = SUBSCRIBERS - deliveries.countByState(DeliveryState.SENT);
        assertTrue(unfinished > 0, "work was left over");

        try (HeraldProcess second = HeraldProcess.start("killed-mid-fan-out-2", worker)) {
            await(() -> deliveries.countByState(DeliveryState.SENT) == SUBSCRIBERS, Duration.ofSeconds(120),
                    "the restarted process finished the fan-out (log: " + second.log() + ")");
        }
        Map<String, Integer> counts = smtp.countsByRecipient();
        assertEquals(SUBSCRIBERS, counts.size(), "every subscriber got the message");
        int repeats = smtp.accepted().size() - SUBSCRIBERS;
        assertTrue(repeats <= HELD_AT_MOST, "repeats only of what the killed process held: " + repeats);
        assertEquals(SUBSCRIBERS, new HashSet<>(smtp.accepted().stream().map(RecordingSmtp.Accepted::messageId).toList()).size(),
                "a repeat carries the same Message-ID as the first copy");
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
