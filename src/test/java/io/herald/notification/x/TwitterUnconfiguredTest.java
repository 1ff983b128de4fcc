package io.herald.notification.x;

import io.herald.notification.Channel;
import io.herald.notification.NotificationMessageRepository;
import io.herald.support.FakeXApi;
import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without all four keys Herald neither tweets nor queues tweets to let loose once keys are added. */
@MicronautTest(transactional = false)
class TwitterUnconfiguredTest extends HeraldTest {

    private FakeXApi x;

    @Inject
    NotificationMessageRepository messages;

    @Override
    protected Map<String, String> extraProperties() {
        if (x == null) {
            x = FakeXApi.start();
        }
        return Map.of("herald.twitter.api-url", x.url(), "herald.twitter.consumer-key", FakeXApi.CONSUMER_KEY,
                "herald.twitter.consumer-secret", FakeXApi.CONSUMER_SECRET);
    }

    @AfterAll
    void stopX() {
        x.close();
    }

    @Test
    void nothingIsSentWithoutKeys() throws Exception {
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "No account", "body", "Nobody tweets this.")));
        api.awaitText("/api/v2/incidents.json", "No account");
        Thread.sleep(1500);
        assertEquals(0, x.requests().size());
        assertTrue(messages.findAll().stream().noneMatch(m -> m.channel() == Channel.TWITTER));
    }
}
