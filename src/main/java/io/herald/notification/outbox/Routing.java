package io.herald.notification.outbox;

import io.herald.notification.Announcement;
import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * Which audiences of a channel hear of an announcement, before any setting is consulted: the rules that keep drills
 * and briefings where they belong. A drill reaches only the drill audience (by e-mail and webhook), and nobody
 * when it is posted without notifications; public audiences hear of news on the channels its kind is told on, when
 * it is to be announced; stakeholders are briefed by e-mail and chat of every update that carries a briefing, those
 * posted without notifications too; a reminder goes by e-mail to one Herald user.
 */
final class Routing {

    private Routing() {
    }

    static List<Audience> audiences(Announcement announcement, Channel channel) {
        if (announcement.source() instanceof Source.Reminder) {
            return channel == Channel.EMAIL ? List.of(Audience.INTERNAL) : List.of();
        }
        if (announcement.drill()) {
            boolean drillChannel = channel == Channel.EMAIL || channel == Channel.WEBHOOK;
            return announcement.deliverNotifications() && drillChannel ? List.of(Audience.DRILL) : List.of();
        }
        List<Audience> audiences = new ArrayList<>();
        if (announcement.deliverNotifications() && announcement.link() != null
                && announcement.source().publicChannels().contains(channel)) {
            audiences.add(Audience.PUBLIC);
        }
        if (announcement.briefing() != null && (channel == Channel.EMAIL || channel == Channel.CHAT)) {
            audiences.add(Audience.INTERNAL);
        }
        return audiences;
    }
}
