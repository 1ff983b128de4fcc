package io.herald.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A rendered message for one audience on one channel, waiting to be fanned out (the outbox row).
 * {@code source} names what it announces ({@code incident_update:12}, {@code maintenance_update:3}, …), which is
 * how the workspace finds the deliveries of an update. E-mail bodies hold {@value #MANAGE_URL} where each
 * recipient's own subscription link goes; other channels put their whole payload (JSON, tweet text) in
 * {@code textBody}. {@code componentFilter}: ids, comma-separated, of the components it is about; subscribers of
 * everything get it regardless. {@code severity}: for INTERNAL messages, the incident's severity, which decides
 * the stakeholder groups that receive it. {@code threadKey}: messages of one incident, for channels that thread.
 */
@MappedEntity("notification_message")
public record NotificationMessage(@Id @GeneratedValue @Nullable Long id, String source, Channel channel,
                                  Audience audience, @Nullable String severity,
                                  String subject, String textBody, String htmlBody, @Nullable String componentFilter,
                                  @Nullable String threadKey, Instant createdAt, @Nullable Instant expandedAt) {

    public static final String MANAGE_URL = "{{manage_url}}";
    private static final int SUBJECT_AT_MOST = 255;

    /** A subject cut to what the column holds. */
    public static String subject(String subject) {
        return subject.length() > SUBJECT_AT_MOST ? subject.substring(0, SUBJECT_AT_MOST) : subject;
    }

    /** A public message with no severity and no thread, the common case. */
    public static NotificationMessage of(String source, Channel channel, Audience audience, String subject,
                                         String textBody, String htmlBody, @Nullable String componentFilter,
                                         Instant now) {
        return new NotificationMessage(null, source, channel, audience, null, subject, textBody, htmlBody,
                componentFilter, null, now, null);
    }
}
