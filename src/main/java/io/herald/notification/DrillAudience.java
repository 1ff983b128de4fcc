package io.herald.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * A drill's e-mail goes to the configured drill addresses and to nobody else. The deliveries have no subscriber,
 * so the mail carries no manage link and no List-Unsubscribe.
 */
@Singleton
class DrillAudience implements Recipients {

    private final DrillSettings settings;
    private final JdbcOperations jdbc;

    DrillAudience(DrillSettings settings, JdbcOperations jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return channel == Channel.EMAIL && audience == Audience.DRILL;
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        int created = 0;
        for (String address : settings.emails()) {
            created += jdbc.prepareStatement("INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id,"
                    + " state, attempts, next_attempt_at, created_at) VALUES (?, 'EMAIL', ?, NULL, 'QUEUED', 0, ?, ?)", s -> {
                s.setLong(1, message.id());
                s.setString(2, address);
                s.setTimestamp(3, Timestamp.from(now));
                s.setTimestamp(4, Timestamp.from(now));
                return s.executeUpdate();
            });
        }
        return created;
    }
}
