package io.herald.subscriber;

import io.herald.support.HeraldTest;
import io.herald.support.RecordingSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A hard bounce (550 to RCPT TO) suppresses the address; suppressed addresses get no more mail. */
@MicronautTest(transactional = false)
class BounceSuppressionTest extends HeraldTest {

    private RecordingSmtp smtp;

    @Inject
    SubscriberRepository subscribers;
    @Inject
    SuppressionRepository suppressions;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            smtp = RecordingSmtp.start().unknown("nobody@acme.test");
        }
        return smtp.settings();
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void aRefusedRecipientIsSuppressedAndSuppressedAddressesGetNoMail() throws Exception {
        for (String email : List.of("ok@acme.test", "nobody@acme.test", "complained@acme.test")) {
            api.send(HttpRequest.POST("/api/v1/subscribers", body("email", email)));
        }
        api.send(HttpRequest.POST("/api/v1/suppressions", body("email", "complained@acme.test", "reason", "complaint")));

        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "API errors", "body", "Investigating.")));
        await(() -> smtp.countsByRecipient().getOrDefault("ok@acme.test", 0) == 1
                && suppressions.existsByEmail("nobody@acme.test"), "first update");
        Suppression bounce = suppressions.findByEmail("nobody@acme.test").orElseThrow();
        assertEquals("bounce", bounce.reason());
        assertTrue(bounce.detail().contains("550"), bounce.detail());
        assertNotNull(subscribers.findByEmail("nobody@acme.test").orElseThrow().suppressedAt());
        assertEquals(List.of("nobody@acme.test"), smtp.refusedRecipients(), "refused once, never retried");

        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "DB slow", "body", "Looking.")));
        await(() -> smtp.countsByRecipient().getOrDefault("ok@acme.test", 0) == 2, "second update");
        Thread.sleep(1000);
        assertEquals(List.of("nobody@acme.test"), smtp.refusedRecipients(), "the bounced address is not tried again");
        assertEquals(Map.of("ok@acme.test", 2), smtp.countsByRecipient(), "nothing to suppressed addresses");
        var listed = api.list("/api/v1/suppressions").stream().map(s -> s.get("email") + ":" + s.get("reason")).toList();
        assertEquals(List.of("nobody@acme.test:bounce", "complained@acme.test:complaint"), listed);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within 15 s");
            }
            Thread.sleep(50);
        }
    }
}
