package io.herald.stakeholder;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.List;

/** What the stakeholders admin page shows: the groups with their members and channels, and every chat channel. */
public record StakeholderPage(List<Group> groups, List<Channel> channels) {

    public record Group(long id, String name, String minSeverity, List<StakeholderMember> members,
                        List<Channel> channels) {
    }

    /**
     * A chat channel as the page shows it. Chat services authenticate by a secret in the webhook URL's path, so the
     * page gets the scheme and host only; the path is masked.
     */
    public record Channel(long id, String name, String kind, String maskedUrl, @Nullable Long groupId, String audience) {

        static Channel of(ChatChannel c, String audience) {
            return new Channel(c.id(), c.name(), c.kind().code(), masked(c.webhookUrl()), c.groupId(), audience);
        }

        static String masked(String webhookUrl) {
            URI url = URI.create(webhookUrl);
            return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort()) + "/••••••";
        }
    }
}
