package io.herald.stakeholder;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Removes a chat channel; its queued deliveries then fail as having no channel. */
@Singleton
public class DeleteChatChannel {

    private final ChatChannelRepository channels;
    private final RecordAudit audit;

    DeleteChatChannel(ChatChannelRepository channels, RecordAudit audit) {
        this.channels = channels;
        this.audit = audit;
    }

    @Transactional
    public void delete(long id, Actor actor) {
        ChatChannel channel = channels.findById(id).orElseThrow(() -> new NotFoundException("Chat channel", id));
        channels.delete(channel);
        audit.record(actor, "chat_channel.delete", "chat_channel " + id, channel.name());
    }
}
