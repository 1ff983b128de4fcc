package io.herald.webhook;

import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A webhook whose receiver refuses deliveries (4xx) herald.webhooks.disable-after times in a row is disabled and
 * gets nothing more; a delivered post resets the count; 410 Gone disables at once; an admin can enable it again.
 */
@MicronautTest(transactional = false)
class WebhookAutoDisableTest extends HeraldTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private int incidents;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true", "herald.webhooks.disable-after", "3");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void refusalsInARowDisableGoneDisablesAtOnceAndAnAdminEnablesAgain() throws Exception {
        String bad = subscribe("/bad");
        String gone = subscribe("/gone");
        subscribe("/good");
        receiver.script("/bad", Answer.of(400), Answer.of(400), Answer.of(200), Answer.of(400), Answer.of(400),
                Answer.of(404));
        receiver.script("/gone", Answer.of(410));

        postIncidentAndAwait(1);
        assertEquals(1, ((Number) subscriber(bad).get("failure_streak")).intValue());
        assertNotNull(subscriber(gone).get("disabled_at"), "410 Gone disables at once");
        assertTrue(((String) subscriber(gone).get("disabled_reason")).contains("410"), subscriber(gone).toString());
        postIncidentAndAwait(2);
        postIncidentAndAwait(3);
        assertEquals(0, ((Number) subscriber(bad).get("failure_streak")).intValue(), "a delivered post resets");
        postIncidentAndAwait(4);
        postIncidentAndAwait(5);
        assertNull(subscriber(bad).get("disabled_at"), "two refusals in a row are not yet three");
        postIncidentAndAwait(6);
        Map<?, ?> disabled = subscriber(bad);
        assertNotNull(disabled.get("disabled_at"), disabled.toString());
        assertTrue(((String) disabled.get("disabled_reason")).contains("3 deliveries in a row refused; the last: HTTP 404"),
                disabled.toString());

        postIncident();
        receiver.awaitPosts("/good", 7);
        Thread.sleep(500);
        assertEquals(6, receiver.posts("/bad").size(), "a disabled webhook gets nothing more");
        assertEquals(1, receiver.posts("/gone").size());
        assertEquals(1L, ((Number) api.send(HttpRequest.GET("/api/v1/audience")).get("webhook_subscribers")).longValue(),
                "only the good one is counted in the audience");

        Map<?, ?> enabled = api.send(HttpRequest.POST("/api/v1/webhook-subscribers/" + bad + "/enable", Map.of()));
        assertNull(enabled.get("disabled_at"), enabled.toString());
        assertEquals(0, ((Number) enabled.get("failure_streak")).intValue());
        postIncident();
        receiver.awaitPosts("/bad", 7);
        var unknown = assertThrows(HttpClientResponseException.class,
                () -> api.send(HttpRequest.POST("/api/v1/webhook-subscribers/999999/enable", Map.of())));
        assertEquals(404, unknown.getStatus().getCode());
    }

    private void postIncidentAndAwait(int count) throws InterruptedException {
        postIncident();
        receiver.awaitPosts("/good", count);
        receiver.awaitPosts("/bad", count);
        Thread.sleep(300); // the outcome is recorded after the answer
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

    private Map<?, ?> subscriber(String id) {
        return api.list("/api/v1/webhook-subscribers").stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow();
    }
}
