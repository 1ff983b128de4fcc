package io.herald.stakeholder;

import io.herald.audit.RecordAudit;
import io.herald.component.ComponentRepository;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.herald.system.NotFoundException;
import io.herald.system.OutboundUrls;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates or changes a chat channel. The webhook URL is checked like a webhook subscriber's (http(s), nothing
 * inside Herald's network unless allowed); no challenge, since chat services do not answer one.
 */
@Singleton
public class SaveChatChannel {

    private final ChatChannelRepository channels;
    private final StakeholderGroupRepository groups;
    private final ComponentRepository components;
    private final OutboundUrls outboundUrls;
    private final RecordAudit audit;
    private final Clock clock;

    SaveChatChannel(ChatChannelRepository channels, StakeholderGroupRepository groups, ComponentRepository components,
                    OutboundUrls outboundUrls, RecordAudit audit, Clock clock) {
        this.channels = channels;
        this.groups = groups;
        this.components = components;
        this.outboundUrls = outboundUrls;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ChatChannel create(String name, String kind, String webhookUrl, String audience,
                              @Nullable List<String> componentIds, Actor actor) {
        String checkedName = Fields.requiredText("name", name, 255);
        ChatKind checkedKind = ChatKind.parse("kind", kind);
        String url = url(webhookUrl);
        Long groupId = groupId(audience);
        Set<Long> chosen = componentIds(componentIds);
        ChatChannel channel = channels.save(new ChatChannel(null, checkedName, checkedKind, url, groupId,
                chosen.isEmpty(), clock.instant()));
        chosen.forEach(id -> channels.addComponent(channel.id(), id));
        audit.record(actor, "chat_channel.create", "chat_channel " + channel.id(),
                checkedName + " (" + checkedKind.code() + ", " + (groupId == null ? "public" : "group " + groupId) + ")");
        return channel;
    }

    /** Null arguments leave that part as it is; {@code componentIds} replaces the choice (empty: every component). */
    @Transactional
    public ChatChannel change(long id, @Nullable String name, @Nullable String kind, @Nullable String webhookUrl,
                              @Nullable String audience, @Nullable List<String> componentIds, Actor actor) {
        ChatChannel old = channels.findById(id).orElseThrow(() -> new NotFoundException("Chat channel", id));
        String checkedName = name == null ? old.name() : Fields.requiredText("name", name, 255);
        ChatKind checkedKind = kind == null ? old.kind() : ChatKind.parse("kind", kind);
        String url = webhookUrl == null ? old.webhookUrl() : url(webhookUrl);
        Long groupId = audience == null ? old.groupId() : groupId(audience);
        Set<Long> chosen = componentIds == null ? null : componentIds(componentIds);
        boolean all = chosen == null ? old.allComponents() : chosen.isEmpty();
        ChatChannel channel = channels.update(new ChatChannel(id, checkedName, checkedKind, url, groupId, all,
                old.createdAt()));
        if (chosen != null) {
            channels.removeComponents(id);
            chosen.forEach(componentId -> channels.addComponent(id, componentId));
        }
        audit.record(actor, "chat_channel.change", "chat_channel " + id, checkedName);
        return channel;
    }

    private String url(String webhookUrl) {
        if (webhookUrl == null || webhookUrl.isBlank()) {
            throw new InvalidInputException("webhook_url", "webhook_url must not be empty");
        }
        String url = outboundUrls.check("webhook_url", webhookUrl).toString();
        if (url.length() > 320) {
            throw new InvalidInputException("webhook_url", "webhook_url is " + url.length()
                    + " characters long; the limit is 320");
        }
        return url;
    }

    /** "public" (or nothing) for a public channel; otherwise the id of an existing stakeholder group. */
    private @Nullable Long groupId(@Nullable String audience) {
        if (audience == null || audience.isBlank() || audience.strip().equalsIgnoreCase("public")) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(audience.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("audience", "audience '" + audience
                    + "' is neither 'public' nor the id of a stakeholder group");
        }
        if (!groups.existsById(id)) {
            throw new InvalidInputException("audience", "There is no stakeholder group with id " + id);
        }
        return id;
    }

    private Set<Long> componentIds(@Nullable List<String> ids) {
        Set<Long> chosen = new LinkedHashSet<>();
        if (ids == null) {
            return chosen;
        }
        for (String raw : ids) {
            long id = Fields.optionalId("components", raw)
                    .orElseThrow(() -> new InvalidInputException("components", "A component id must not be empty"));
            if (!components.existsById(id)) {
                throw new InvalidInputException("components", "There is no component with id " + id);
            }
            chosen.add(id);
        }
        return chosen;
    }
}
