package io.herald.notification.chat;

import io.herald.stakeholder.ChatKind;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON each chat service's incoming webhook takes: Slack {"text"}, Discord {"content"} (at most 2000
 * characters), Microsoft Teams a MessageCard with title and text.
 * <p>
 * Incident names and texts are written by people, so they are escaped by each service's rules, lest a text ping a
 * whole channel or dress a link up as something else: Slack reads {@code &}, {@code <} and {@code >} as control
 * characters ({@code <!channel>}, {@code <https://x|Click here>}), so they go as HTML entities; Teams reads limited
 * HTML in a card's text (not its title), so the same there; Discord gets {@code allowed_mentions} with nothing
 * allowed, which stops every ping, and mass and id mentions broken by a zero-width space so that they do not even
 * look like one. The body's Markdown stays Markdown, as on the status page, and Herald's link to the incident, a
 * bare URL, is linked by each service itself.
 */
@Singleton
class ChatPayloads {

    static final int DISCORD_LIMIT = 2000;

    // As discord.py's escape_mentions: @everyone, @here, and <@id>, <@!id>, <@&role> with 17-20 digit ids.
    private static final Pattern DISCORD_MENTION = Pattern.compile("@(everyone|here|[!&]?[0-9]{17,20})");

    private final JsonMapper json;

    ChatPayloads(JsonMapper json) {
        this.json = json;
    }

    String payload(ChatKind kind, String title, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (kind) {
            case SLACK -> body.put("text", "*" + escapeMarkup(title) + "*\n" + escapeMarkup(text));
            case DISCORD -> {
                String content = "**" + quietMentions(title) + "**\n" + quietMentions(text);
                body.put("content", content.length() > DISCORD_LIMIT
                        ? content.substring(0, DISCORD_LIMIT - 1) + "…" : content);
                body.put("allowed_mentions", Map.of("parse", List.of()));
            }
            case TEAMS -> {
                body.put("@type", "MessageCard");
                body.put("@context", "https://schema.org/extensions");
                body.put("summary", title);
                body.put("title", title);
                // Teams reads the text as Markdown, where a single newline is no line break.
                body.put("text", escapeMarkup(text).replace("\n", "\n\n"));
            }
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Slack's escaping, which Teams' limited HTML reads alike: the three characters that start markup. */
    static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String quietMentions(String text) {
        return DISCORD_MENTION.matcher(text).replaceAll("@\u200B$1");
    }
}
