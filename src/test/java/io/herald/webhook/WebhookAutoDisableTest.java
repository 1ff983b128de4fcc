package io.herald.webhook;

import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryRepository;
import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A webhook whose deliveries fail herald.webhooks.disable-after times in a row (here 3) is disabled and nothing more
 * is queued for it; 410 Gone disables at once; a delivered post starts the count again; deliveries that run out of
 * attempts count too; an admin can enable it again. Every test subscribes receiver paths of its own; the others'
 * subscribers only ever answer 200.
 */
@MicronautTest(transactional = false)
class WebhookAutoDisableTest extends HeraldTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private int incidents;

    @Inject
    DeliveryRepository deliveries;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true", "herald.webhooks.disable-after", "3",
                "herald.delivery.max-attempts", "2", "herald.delivery.first-retry", "100ms",
                "herald.delivery.breaker-open", "200ms");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void refusalsInARowDisableTheWebhookAndNothingMoreIsQueuedForIt() throws Exception {
        String refusing = subscribe("/refusing");
        subscribe("/steady");
        receiver.script("/refusing", Answer.of(400), Answer.of(400), Answer.of(404));

        postIncidentAndAwait(refusing, 1);
        postIncidentAndAwait(refusing, 2);
        assertNull(subscriber(refusing).get("disabled_at"), "two failures in a row are not yet three");
        postIncidentAndAwait(refusing, 3);
        Map<?, ?> disabled = awaitSubscriber(refusing, s -> s.get("disabled_at") != null, "disabled");
        assertTrue(String.valueOf(disabled.get("disabled_reason"))
                .startsWith("3 deliveries in a row failed; the last: HTTP 404 from 127.0.0.1"), disabled.toString());
        String audit = api.text("/admin/audit");
        assertTrue(audit.contains("webhook_subscriber.disable") && audit.contains("webhook_subscriber " + refusing),
                "the disabling is in the audit log");

        int steadyBefore = receiver.posts("/steady").size();
        postIncident();
        receiver.awaitPosts("/steady", steadyBefore + 1);
        assertEquals(3, deliveriesTo(refusing), "the fourth update queued nothing for the disabled webhook");
        assertEquals(3, receiver.posts("/refusing").size());
    }

    @Test
    void goneDisablesAtOnce() throws Exception {
        String gone = subscribe("/gone");
        receiver.script("/gone", Answer.of(410));

        postIncident();
        receiver.awaitPosts("/gone", 1);
        Map<?, ?> disabled = awaitSubscriber(gone, s -> s.get("disabled_at") != null, "disabled by one 410");
        assertTrue(String.valueOf(disabled.get("disabled_reason")).startsWith("The receiver answered 410 Gone: HTTP 410"),
                disabled.toString());
        assertEquals(1, ((Number) disabled.get("failure_streak")).intValue());
    }

    @Test
    void aDeliveredPostStartsTheCountAgain() throws Exception {
        String flaky = subscribe("/flaky");
        receiver.script("/flaky", Answer.of(400), Answer.of(400), Answer.of(204), Answer.of(400), Answer.of(400));

        postIncidentAndAwait(flaky, 1);
        postIncidentAndAwait(flaky, 2);
        postIncidentAndAwait(flaky, 0);
        postIncidentAndAwait(flaky, 1);
        postIncidentAndAwait(flaky, 2);
        assertNull(subscriber(flaky).get("disabled_at"), "four failures, but never three in a row");
    }

    @Test
    void deliveriesOutOfAttemptsCountToo() throws Exception {
        String down = subscribe("/down");
        // Two attempts per delivery (herald.delivery.max-attempts), three deliveries.
        receiver.script("/down", Answer.of(503), Answer.of(503), Answer.of(503), Answer.of(503), Answer.of(503),
                Answer.of(503));

        postIncidentAndAwait(down, 1);
        postIncidentAndAwait(down, 2);
        postIncident();
        Map<?, ?> disabled = awaitSubscriber(down, s -> s.get("disabled_at") != null, "disabled");
        assertTrue(String.valueOf(disabled.get("disabled_reason")).contains("HTTP 503"), disabled.toString());
        assertEquals(6, receiver.posts("/down").size(), "each delivery was tried twice before it counted");
    }

    @Test
    void anAdminEnablesADisabledWebhookAgain() throws Exception {
        String revived = subscribe("/revived");
        receiver.script("/revived", Answer.of(410));
        postIncident();
        awaitSubscriber(revived, s -> s.get("disabled_at") != null, "disabled");

        Map<?, ?> enabled = api.send(HttpRequest.POST("/api/v1/webhook-subscribers/" + revived + "/enable", Map.of()));
        assertNull(enabled.get("disabled_at"), enabled.toString());
        assertNull(enabled.get("disabled_reason"), enabled.toString());
        assertEquals(0, ((Number) enabled.get("failure_streak")).intValue());
        assertTrue(api.text("/admin/audit").contains("webhook_subscriber.enable"), "the enabling is in the audit log");

        postIncident();
        receiver.awaitPosts("/revived", 2);
        assertEquals(2, deliveriesTo(revived));
        var unknown = assertThrows(HttpClientResponseException.class,
                () -> api.send(HttpRequest.POST("/api/v1/webhook-subscribers/999999/enable", Map.of())));
        assertEquals(404, unknown.getStatus().getCode());
    }

    /** Posts an incident and waits for its outcome to leave the subscriber's count at streak (each step moves it). */
    private void postIncidentAndAwait(String id, int streak) throws InterruptedException {
        postIncident();
        awaitSubscriber(id, s -> ((Number) s.get("failure_streak")).intValue() == streak, "at failure_streak " + streak);
    }

    private void postIncident() {
        incidents++;
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Incident " + incidents, "body", "Looking.")));
    }

    private String subscribe(String path) {
        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/webhook-subscribers",
                body("url", receiver.url(path), "components", List.of())));
        return (String) created.get("id");
    }

    private long deliveriesTo(String id) {
        return StreamSupport.stream(deliveries.findAll().spliterator(), false)
                .map(Delivery::subscriberId).filter(Long.valueOf(id)::equals).count();
    }

    private Map<?, ?> subscriber(String id) {
        return api.list("/api/v1/webhook-subscribers").stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow();
    }

    private Map<?, ?> awaitSubscriber(String id, Predicate<Map<?, ?>> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Map<?, ?> subscriber = subscriber(id);
        while (!condition.test(subscriber)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Webhook subscriber " + id + " never " + what + ": " + subscriber);
            }
            Thread.sleep(50);
            subscriber = subscriber(id);
        }
        return subscriber;
    }
}
