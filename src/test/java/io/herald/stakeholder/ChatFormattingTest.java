package io.herald.stakeholder;

import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Received;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incident whose text tries to ping everyone or dress up a link reaches Slack, Discord and Teams (a real
 * loopback receiver for each) escaped by that service's rules, with the link to the incident page intact.
 */
@MicronautTest(transactional = false)
class ChatFormattingTest extends HeraldTest {

    private final WebhookReceiver chat = WebhookReceiver.start();

    @Inject
    JsonMapper json;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true");
    }

    @AfterAll
    void stopChat() {
        chat.close();
    }

    @Test
    void mentionsAndDisguisedLinksFromIncidentTextArriveEscaped() throws Exception {
        for (String kind : List.of("slack", "discord", "teams")) {
            api.send(HttpRequest.POST("/api/v1/chat-channels", body("name", kind, "kind", kind,
                    "webhook_url", chat.url("/" + kind), "audience", "public")));
        }
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Checkout <!here> @everyone",
                "body", "Fixed <!channel> @here, see <https://evil.example|Click here>")));
        String link = "http://status.herald.test/incidents/" + incident.get("id");

        String slackBody = chat.awaitPosts("/slack", 1).get(0).body();
        assertFalse(slackBody.contains("<!") || slackBody.contains("<https://evil"), slackBody);
        assertEquals("*Checkout &lt;!here&gt; @everyone: Investigating*\nFixed &lt;!channel&gt; @here, see "
                + "&lt;https://evil.example|Click here&gt;\n\n" + link, read(chat.awaitPosts("/slack", 1)).get("text"));

        Map<?, ?> discord = read(chat.awaitPosts("/discord", 1));
        assertEquals(Map.of("parse", List.of()), discord.get("allowed_mentions"));
        String content = (String) discord.get("content");
        assertFalse(content.contains("@everyone") || content.contains("@here"), content);
        assertTrue(content.endsWith("\n\n" + link), content);

        Map<?, ?> teams = read(chat.awaitPosts("/teams", 1));
        String text = (String) teams.get("text");
        assertTrue(text.startsWith("Fixed &lt;!channel&gt;") && text.endsWith(link) && !text.contains("<"), text);
    }

    private Map<?, ?> read(List<Received> posts) throws Exception {
        return json.readValue(posts.get(0).body(), Map.class);
    }
}
