package io.herald.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A rendered message waiting to be fanned out. The bodies hold {@value #MANAGE_URL} where each
 * recipient's own subscription link goes (manage, unsubscribe). {@code componentFilter}: ids, comma-separated, of the components
 * it is about; subscribers of everything get it regardless.
 */
@MappedEntity("notification_message")
public record NotificationMessage(@Id @GeneratedValue @Nullable Long id, String source, Channel channel,
                                  String subject, String textBody, String htmlBody, @Nullable String componentFilter,
                                  Instant createdAt, @Nullable Instant expandedAt) {

    public static final String MANAGE_URL = "{{manage_url}}";
}
