package io.herald.notification.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Optional DKIM signing of outgoing mail: HERALD_DKIM_DOMAIN (the d= domain, normally that of HERALD_MAIL_FROM),
 * HERALD_DKIM_SELECTOR (s=, the DNS record at {selector}._domainkey.{domain}) and the RSA private key, either as PEM
 * text in HERALD_DKIM_PRIVATE_KEY or as a PEM file at HERALD_DKIM_PRIVATE_KEY_FILE. No domain: no signing.
 */
@ConfigurationProperties("herald.dkim")
record DkimSettings(@Nullable String domain, @Nullable String selector, @Nullable String privateKey,
                    @Nullable String privateKeyFile) {

    boolean enabled() {
        return domain != null && !domain.isBlank();
    }
}
