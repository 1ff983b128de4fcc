package io.herald.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What an announcement is about. Its {@link #key()} is stored with every message ({@code notification_message.source}),
 * which is how the workspace finds the deliveries of an update and a drill report finds a drill's.
 */
public sealed interface Source {

    String key();

    /** How a subject line names the kind of news ("Incident: …"). */
    String label();

    /** The channels whose public audiences hear of this kind of news, when it is to be announced at all. */
    Set<Channel> publicChannels();

    record IncidentUpdate(long updateId) implements Source {
        public String key() {
            return "incident_update:" + updateId;
        }

        public String label() {
            return "Incident";
        }

        public Set<Channel> publicChannels() {
            return Set.of(Channel.EMAIL, Channel.WEBHOOK, Channel.CHAT, Channel.TWITTER);
        }
    }

    record MaintenanceUpdate(long updateId) implements Source {
        public String key() {
            return "maintenance_update:" + updateId;
        }

        public String label() {
            return "Maintenance";
        }

        public Set<Channel> publicChannels() {
            return Set.of(Channel.EMAIL, Channel.WEBHOOK, Channel.TWITTER);
        }
    }

    /** A scheduled maintenance starts in {@code minutesBefore} minutes: its subscribers are reminded. */
    record MaintenanceReminder(long maintenanceId, int minutesBefore) implements Source {
        public String key() {
            return "maintenance_reminder:" + maintenanceId + ":" + minutesBefore;
        }

        public String label() {
            return "Maintenance";
        }

        public Set<Channel> publicChannels() {
            return Set.of(Channel.EMAIL, Channel.WEBHOOK);
        }
    }

    /** A component's status changed; the change has no id of its own, so component and time name it. */
    record ComponentChange(long componentId, Instant at) implements Source {
        public String key() {
            return "component_update:" + componentId + ":" + at.toEpochMilli();
        }

        public String label() {
            return "Component";
        }

        public Set<Channel> publicChannels() {
            return Set.of(Channel.WEBHOOK);
        }
    }

    /** A cadence reminder ({@code kind}: due_soon or overdue) to one Herald user; never public. */
    record Reminder(String kind, long incidentId, Instant dueAt, long userId) implements Source {
        public String key() {
            return "reminder:" + kind + ":" + incidentId + ":" + dueAt.toEpochMilli();
        }

        public String label() {
            return "Reminder";
        }

        public Set<Channel> publicChannels() {
            return Set.of();
        }
    }

    /** The update a stored key names, for channels that report back on it (a tweet's id); other kinds: empty. */
    static Optional<Source> ofUpdate(String key) {
        int colon = key.indexOf(':');
        if (colon < 0 || !key.substring(colon + 1).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(key.substring(colon + 1));
        return switch (key.substring(0, colon)) {
            case "incident_update" -> Optional.of(new IncidentUpdate(id));
            case "maintenance_update" -> Optional.of(new MaintenanceUpdate(id));
            default -> Optional.empty();
        };
    }
}
