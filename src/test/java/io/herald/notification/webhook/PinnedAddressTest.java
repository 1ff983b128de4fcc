package io.herald.notification.webhook;

import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Received;
import io.herald.system.HostLookup;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhook challenges, webhook deliveries and chat posts connect to the address Herald's own lookup answered and
 * checked. The name used here, hooks.herald.test, is known only to that lookup (.test is never in DNS), so a post
 * that looked the name up a second time, as the JDK's HTTP client does, would not arrive at all.
 */
@MicronautTest(transactional = false)
class PinnedAddressTest extends HeraldTest {

    private static final String HOST = "hooks.herald.test";

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private final int port = URI.create(receiver.url("/")).getPort();
    private final List<String> lookups = new CopyOnWriteArrayList<>();

    @MockBean(HostLookup.class)
    HostLookup dns() {
        return host -> {
            lookups.add(host);
            if (!host.equals(HOST)) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName("127.0.0.1"));
        };
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void challengeDeliveryAndChatGoToTheAddressThatWasCheckedWithTheNameAsHost() throws Exception {
        String hook = "http://" + HOST + ":" + port + "/hook";
        api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", hook)));
        api.send(HttpRequest.POST("/api/v1/chat-channels", body("name", "Ops", "kind", "slack",
                "webhook_url", "http://" + HOST + ":" + port + "/slack", "audience", "public")));

        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Checkout down", "body", "Investigating.")));

        Received delivery = receiver.awaitPosts("/hook", 1).get(0);
        Received chat = receiver.awaitPosts("/slack", 1).get(0);
        Received challenge = receiver.all().stream().filter(Received::challenge).findFirst().orElseThrow();
        for (Received post : List.of(challenge, delivery, chat)) {
            assertEquals(HOST + ":" + port, post.header("Host"), post.path());
        }
        assertTrue(lookups.stream().allMatch(HOST::equals), "every lookup went through Herald's check: " + lookups);
    }
}
