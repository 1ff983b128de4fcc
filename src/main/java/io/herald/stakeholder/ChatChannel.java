package io.herald.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A chat incoming webhook. {@code groupId} null: public, public text only; else the group's internal channel. */
@MappedEntity("chat_channel")
public record ChatChannel(@Id @GeneratedValue @Nullable Long id, String name, ChatKind kind, String webhookUrl,
                          @Nullable Long groupId, boolean allComponents, Instant createdAt) {

    public boolean isPublic() {
        return groupId == null;
    }
}
