package io.herald.notification.email;

import io.herald.system.AdminNotices;
import io.herald.system.MailSetup;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, at start in the log and on every admin page, when no mail server is set: without it no subscriber can
 * confirm, no e-mail leaves, and the public page offers no e-mail subscription.
 */
@Singleton
class MailSetupNotice {

    static final String TEXT = "E-mail is not set up (HERALD_SMTP_HOST): no mail leaves Herald, the public page offers"
            + " no e-mail subscription, and e-mail deliveries wait in the queue until a mail server is set.";
    private static final Logger LOG = LoggerFactory.getLogger(MailSetupNotice.class);

    private final MailSetup mail;
    private final AdminNotices notices;

    MailSetupNotice(MailSetup mail, AdminNotices notices) {
        this.mail = mail;
        this.notices = notices;
    }

    @EventListener
    void on(StartupEvent started) {
        if (!mail.configured()) {
            LOG.warn(TEXT);
            notices.raise("smtp", TEXT);
        }
    }
}
