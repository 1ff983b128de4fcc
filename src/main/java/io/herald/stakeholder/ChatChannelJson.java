package io.herald.stakeholder;

import io.herald.system.Timestamps;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A chat channel in the admin API; {@code audience} is "public" or the stakeholder group's id. */
@Serdeable
record ChatChannelJson(String id, String name, String kind, String webhookUrl, String audience,
                       boolean allComponents, List<String> components, String createdAt) {

    static ChatChannelJson of(ChatChannel c, List<Long> components) {
        return new ChatChannelJson(String.valueOf(c.id()), c.name(), c.kind().code(), c.webhookUrl(),
                c.isPublic() ? "public" : String.valueOf(c.groupId()), c.allComponents(),
                components.stream().map(String::valueOf).toList(), Timestamps.iso(c.createdAt()));
    }
}
