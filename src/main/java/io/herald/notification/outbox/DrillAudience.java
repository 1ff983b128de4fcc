package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * A drill's messages go to the configured drill audience and to nobody else: its e-mail to the drill addresses,
 * its webhook payloads to the drill webhooks. The deliveries have no subscriber, so the mail carries no manage
 * link and no List-Unsubscribe, and the webhook payload no unsubscribe link.
 */
@Singleton
class DrillAudience implements Recipients {

    private final DrillSettings emails;
    private final DrillWebhookSettings webhooks;
    private final JdbcOperations jdbc;

    DrillAudience(DrillSettings emails, DrillWebhookSettings webhooks, JdbcOperations jdbc) {
        this.emails = emails;
        this.webhooks = webhooks;
        this.jdbc = jdbc;
    }

    @Override
    public boolean serves(Channel channel, Audience audience) {
        return audience == Audience.DRILL && (channel == Channel.EMAIL || channel == Channel.WEBHOOK);
    }

    @Override
    public int expand(NotificationMessage message, Instant now) {
        List<String> recipients = message.channel() == Channel.WEBHOOK ? webhooks.urls() : emails.emails();
        int created = 0;
        for (String recipient : recipients) {
            created += jdbc.prepareStatement("INSERT IGNORE INTO delivery (message_id, channel, recipient, subscriber_id,"
                    + " state, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, NULL, 'QUEUED', 0, ?, ?)", s -> {
                s.setLong(1, message.id());
                s.setString(2, message.channel().name());
                s.setString(3, recipient);
                s.setTimestamp(4, Timestamp.from(now));
                s.setTimestamp(5, Timestamp.from(now));
                return s.executeUpdate();
            });
        }
        return created;
    }
}
