package io.herald.subscriber;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A hard bounce suppresses the address: mailing it again would only hurt the sender's reputation. */
@Singleton
class SuppressBouncedAddress {

    private static final Logger LOG = LoggerFactory.getLogger(SuppressBouncedAddress.class);

    private final SuppressAddress suppress;

    SuppressBouncedAddress(SuppressAddress suppress) {
        this.suppress = suppress;
    }

    @EventListener
    void on(MailBounced bounced) {
        suppress.suppress(bounced.email(), "bounce", bounced.detail());
        LOG.info("Suppressed {} after a hard bounce", bounced.email());
    }
}
