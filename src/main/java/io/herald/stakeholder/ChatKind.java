package io.herald.stakeholder;

import io.herald.system.InvalidInputException;

import java.util.Arrays;

/** The chat services whose incoming webhooks Herald posts to; each takes its own JSON shape. */
public enum ChatKind {
    SLACK, TEAMS, DISCORD;

    public String code() {
        return name().toLowerCase();
    }

    static ChatKind parse(String field, String value) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException(field,
                        "'" + value + "' is not a chat kind; use slack, teams or discord"));
    }
}
