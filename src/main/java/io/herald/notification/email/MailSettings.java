package io.herald.notification.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * SMTP for outgoing mail: HERALD_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _STARTTLS, _CONNECTIONS (connections held
 * open per instance) and HERALD_MAIL_FROM.
 */
@ConfigurationProperties("herald.smtp")
public record MailSettings(@Nullable String host, int port, @Nullable String username, @Nullable String password,
                           boolean starttls, @Bindable(defaultValue = "4") int connections, String from) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    boolean authenticates() {
        return username != null && !username.isBlank();
    }
}
