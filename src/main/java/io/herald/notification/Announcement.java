package io.herald.notification;

import io.herald.statuspage.PageStatus;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Everything a channel needs to tell of one piece of news, built once by a mapper in {@code notification.announce}
 * from the domain event and published, inside the transaction that makes the news, to one listener per channel.
 * Channels compose their messages from this alone, never from the tables of the feature that made the news.
 *
 * @param name          what it is about: the incident, maintenance or component as the page names it
 * @param status        the status as shown ("Investigating", "Scheduled"), or a reminder's heading
 * @param window        a maintenance's window as shown, else null
 * @param body          the public message, Markdown (a reminder's text)
 * @param link          the public page to follow it on; null when nothing of it is public (drills, reminders)
 * @param workspaceLink the workspace page of it, for internal and drill audiences
 * @param componentIds  the public components it concerns
 * @param threadKey     the thread its messages belong to, for channels that thread
 * @param drill         a rehearsal: only the drill audience may hear of it
 * @param deliverNotifications whether public audiences are to be told
 * @param customTweet   the text the author wrote for X, if any
 * @param severity      the incident's severity code, which decides the stakeholder groups briefed
 * @param briefing      what only internal audiences may read; null when there is nobody to brief
 * @param payload       the public data of it as the APIs show it, for channels that send data (webhooks)
 */
public record Announcement(Source source, String name, String status, @Nullable String window, String body,
                           @Nullable String link, String workspaceLink, List<String> componentIds,
                           @Nullable String threadKey, boolean drill, boolean deliverNotifications, @Nullable String customTweet,
                           @Nullable String severity, @Nullable Briefing briefing, @Nullable Payload payload) {

    /** The internal side of an update: never in a public message. */
    public record Briefing(@Nullable String internalNote, @Nullable String businessImpact, @Nullable String nextSteps) {

        /** The parts given, each under its heading, as plain text. */
        public String asText() {
            return section("Internal note", internalNote) + section("Business impact", businessImpact)
                    + section("Next steps", nextSteps);
        }

        private static String section(String heading, @Nullable String value) {
            return value == null || value.isBlank() ? "" : "\n" + heading + ":\n" + value + "\n";
        }
    }

    /**
     * The page's status at the moment of the news, and the objects that describe it ({@code incident}, or
     * {@code component_update} and {@code component}), in the order they are sent.
     */
    public record Payload(PageStatus pageStatus, Map<String, Object> data) {
    }

    /** The subject of it with its kind where the name alone would not say it ("Maintenance: Database upgrade"). */
    public String headline() {
        return isMaintenance() ? "Maintenance: " + name : name;
    }

    /** News of a maintenance: a notice, or a reminder that it is about to start. */
    public boolean isMaintenance() {
        return source instanceof Source.MaintenanceUpdate || source instanceof Source.MaintenanceReminder;
    }

    /** The components it concerns as the outbox filters subscribers by them: ids, comma-separated. */
    public String componentFilter() {
        return String.join(",", componentIds);
    }
}
