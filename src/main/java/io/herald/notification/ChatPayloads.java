package io.herald.notification;

import io.herald.stakeholder.ChatKind;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON each chat service's incoming webhook takes: Slack {"text"}, Discord {"content"} (at most 2000
 * characters), Microsoft Teams a MessageCard with title and text.
 */
@Singleton
class ChatPayloads {

    static final int DISCORD_LIMIT = 2000;

    private final JsonMapper json;

    ChatPayloads(JsonMapper json) {
        this.json = json;
    }

    String payload(ChatKind kind, String title, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (kind) {
            case SLACK -> body.put("text", "*" + title + "*\n" + text);
            case DISCORD -> {
                String content = "**" + title + "**\n" + text;
                body.put("content", content.length() > DISCORD_LIMIT
                        ? content.substring(0, DISCORD_LIMIT - 1) + "…" : content);
            }
            case TEAMS -> {
                body.put("@type", "MessageCard");
                body.put("@context", "https://schema.org/extensions");
                body.put("summary", title);
                body.put("title", title);
                // Teams reads the text as Markdown, where a single newline is no line break.
                body.put("text", text.replace("\n", "\n\n"));
            }
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
