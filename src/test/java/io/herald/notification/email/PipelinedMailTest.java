package io.herald.notification.email;

import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryRepository;
import io.herald.notification.delivery.DeliveryState;
import io.herald.subscriber.SuppressionRepository;
import io.herald.support.HeraldTest;
import io.herald.support.PipeliningAnnouncer;
import io.herald.support.RecordingSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against a server that offers PIPELINING, MAIL FROM, RCPT TO and DATA leave together, in one packet; a recipient
 * refused among them is a permanent bounce, the transaction is reset and the connection goes on; a message refused
 * for now after its body (451) is sent again. Every other subscriber gets exactly one message.
 */
@MicronautTest(transactional = false)
class PipelinedMailTest extends HeraldTest {

    private static final List<String> SUBSCRIBERS = IntStream.rangeClosed(1, 30).mapToObj(i -> "s" + i + "@acme.test").toList();

    private RecordingSmtp smtp;
    private PipeliningAnnouncer announcer;

    @Inject
    SuppressionRepository suppressions;
    @Inject
    DeliveryRepository deliveries;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            smtp = RecordingSmtp.start().unknown("gone@acme.test").refusing(30);
            try {
                announcer = new PipeliningAnnouncer(smtp.port());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HashMap<>(smtp.settings("herald.smtp.port", String.valueOf(announcer.port())));
    }

    @AfterAll
    void stop() throws IOException {
        announcer.close();
        smtp.close();
    }

    @Test
    void commandsGoTogetherARefusedRecipientBouncesAndTheRestArriveOnce() throws Exception {
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "gone@acme.test")));
        for (String email : SUBSCRIBERS) {
            api.send(HttpRequest.POST("/api/v1/subscribers", body("email", email)));
        }
        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "API errors", "body", "Investigating.")));

        await(() -> smtp.countsByRecipient().keySet().containsAll(SUBSCRIBERS)
                && suppressions.existsByEmail("gone@acme.test"), "every subscriber's message, and the bounce");

        Map<String, Integer> once = new HashMap<>();
        SUBSCRIBERS.forEach(s -> once.put(s, 1));
        assertEquals(once, smtp.countsByRecipient(), "each subscriber exactly once; nothing to the refused address");
        assertTrue(smtp.refused() > 0, "some messages were refused for now (451) and sent again");
        assertEquals(List.of("gone@acme.test"), smtp.refusedRecipients(), "the unknown address is refused once, never retried");
        assertTrue(suppressions.findByEmail("gone@acme.test").orElseThrow().detail().contains("550"));
        Delivery bounced = deliveries.findAll().stream().filter(d -> d.recipient().equals("gone@acme.test")).findFirst().orElseThrow();
        assertEquals(DeliveryState.FAILED, bounced.state());
        assertTrue(bounced.lastError().contains("550"), bounced.lastError());

        assertTrue(announcer.clientChunks().stream().anyMatch(chunk ->
                        chunk.startsWith("MAIL FROM:") && chunk.contains("\r\nRCPT TO:<") && chunk.endsWith("\r\nDATA\r\n")),
                () -> "MAIL FROM, RCPT TO and DATA were sent in one packet: " + announcer.clientChunks());
        assertTrue(announcer.clientChunks().stream().noneMatch(chunk -> chunk.equals("RCPT TO:<s1@acme.test>\r\n")),
                "no command waited for the previous one's answer");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
