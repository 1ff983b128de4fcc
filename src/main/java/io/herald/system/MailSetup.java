package io.herald.system;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Whether Herald can send mail at all (HERALD_SMTP_HOST is set): features that promise a mail, such as the public
 * subscribe form, ask here first rather than promise what nobody will send.
 */
@Singleton
public class MailSetup {

    private final boolean configured;

    MailSetup(@Value("${herald.smtp.host:}") String host) {
        this.configured = !host.isBlank();
    }

    public boolean configured() {
        return configured;
    }
}
