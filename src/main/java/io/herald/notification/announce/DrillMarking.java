package io.herald.notification.announce;

import io.herald.incident.IncidentJson;

/**
 * A drill in the public incident shape, for the drill audience's webhooks only: the name and every update's body
 * prefixed [DRILL], and the shortlink on the workspace (a drill has no public page), so that no receiver can take
 * it for a real incident.
 */
final class DrillMarking {

    static final String DRILL = "[DRILL] ";

    private DrillMarking() {
    }

    static IncidentJson marked(IncidentJson drill, String workspace) {
        return new IncidentJson(drill.id(), DRILL + drill.name(), drill.status(), drill.createdAt(),
                drill.updatedAt(), drill.monitoringAt(), drill.resolvedAt(), drill.impact(), workspace,
                drill.startedAt(), drill.pageId(), drill.incidentUpdates().stream().map(u -> new IncidentJson.UpdateJson(
                        u.id(), u.status(), DRILL + u.body(), u.incidentId(), u.createdAt(), u.updatedAt(),
                        u.displayAt(), u.affectedComponents(), u.deliverNotifications(), u.customTweet(),
                        u.tweetId())).toList(), drill.components());
    }
}
