package io.herald.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** SMTP for outgoing mail: HERALD_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _STARTTLS and HERALD_MAIL_FROM. */
@ConfigurationProperties("herald.smtp")
public record MailSettings(@Nullable String host, int port, @Nullable String username, @Nullable String password,
                           boolean starttls, String from) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
