package io.herald.notification.chat;

import io.herald.stakeholder.ChatKind;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text from incidents can ping nobody and dress up no link on any chat service, while Herald's own link to the
 * incident stays a plain URL each service links.
 */
class ChatPayloadsTest {

    static final String TITLE = "DB <!here> & @everyone";
    static final String HOSTILE = "Fixed <!channel> @everyone @here <@U024BE7LH> <@123456789012345678> "
            + "<@&223456789012345678> <https://evil.example|Click here> a < b && c > d";
    static final String LINK = "http://status.herald.test/incidents/42";

    private final JsonMapper json = JsonMapper.createDefault();
    private final ChatPayloads payloads = new ChatPayloads(json);

    @Test
    void slackGetsItsThreeControlCharactersAsEntities() throws IOException {
        String text = (String) read(ChatKind.SLACK).get("text");
        assertEquals("*DB &lt;!here&gt; &amp; @everyone*\nFixed &lt;!channel&gt; @everyone @here &lt;@U024BE7LH&gt; "
                + "&lt;@123456789012345678&gt; &lt;@&amp;223456789012345678&gt; "
                + "&lt;https://evil.example|Click here&gt; a &lt; b &amp;&amp; c &gt; d\n\n" + LINK, text);
    }

    @Test
    void discordAllowsNoMentionAndBreaksTheOnesThatWouldLookLikeOne() throws IOException {
        Map<?, ?> body = read(ChatKind.DISCORD);
        assertEquals(Map.of("parse", List.of()), body.get("allowed_mentions"));
        String content = (String) body.get("content");
        assertEquals("**DB <!here> & @\u200Beveryone**\nFixed <!channel> @\u200Beveryone @\u200Bhere <@U024BE7LH> "
                + "<@\u200B123456789012345678> <@\u200B&223456789012345678> <https://evil.example|Click here> "
                + "a < b && c > d\n\n" + LINK, content);
    }

    @Test
    void discordStaysWithinItsLimitAfterEscaping() throws IOException {
        String content = (String) json.readValue(payloads.payload(ChatKind.DISCORD, "t", "@everyone ".repeat(300)),
                Map.class).get("content");
        assertEquals(ChatPayloads.DISCORD_LIMIT, content.length());
        assertFalse(content.contains("@everyone"), "every mass mention is broken, even near the cut");
    }

    @Test
    void teamsGetsEntitiesInItsTextWhereItReadsHtmlAndThePlainTitle() throws IOException {
        Map<?, ?> card = read(ChatKind.TEAMS);
        assertEquals(TITLE, card.get("title"), "a card's title is plain text");
        String text = (String) card.get("text");
        assertTrue(text.startsWith("Fixed &lt;!channel&gt; @everyone"), text);
        assertTrue(text.contains("&lt;https://evil.example|Click here&gt;") && !text.contains("<"), text);
        assertTrue(text.endsWith("\n\n\n\n" + LINK), text);
    }

    private Map<?, ?> read(ChatKind kind) throws IOException {
        return json.readValue(payloads.payload(kind, TITLE, HOSTILE + "\n\n" + LINK), Map.class);
    }
}
