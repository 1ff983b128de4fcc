package io.herald.notification.email;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;

/**
 * Signs outgoing mail with DKIM (relaxed/relaxed, rsa-sha256) when {@link DkimSettings} name a domain. Checked at
 * start-up ({@link Context}): a missing selector or an unreadable key stops Herald with the setting named, instead of
 * every message failing, or going out unsigned and into spam folders, later.
 */
@Context
class DkimSigning {

    private final DkimSigner signer;

    DkimSigning(DkimSettings settings) {
        this.signer = settings.enabled() ? signer(settings) : null;
    }

    /** The message as it will be written: signed while being written when DKIM is on, else as it is. */
    MimeMessage sign(MimeMessage message) throws MessagingException {
        return signer == null ? message : new DkimMessage(message, signer);
    }

    boolean enabled() {
        return signer != null;
    }

    private static DkimSigner signer(DkimSettings settings) {
        if (settings.selector() == null || settings.selector().isBlank()) {
            throw new ConfigurationException("HERALD_DKIM_SELECTOR (herald.dkim.selector) is required when "
                    + "HERALD_DKIM_DOMAIN is set: the name of the DNS record {selector}._domainkey." + settings.domain());
        }
        try {
            DkimSigner signer = new DkimSigner(settings.domain().trim(), settings.selector().trim(), rsaKey(settings));
            signer.setHeaderCanonicalization(Canonicalization.RELAXED);
            signer.setBodyCanonicalization(Canonicalization.RELAXED);
            signer.setCheckDomainKey(false); // a DNS lookup per message; the record is the operator's to publish
            return signer;
        } catch (DkimException e) {
            throw new ConfigurationException("DKIM: " + e.getMessage(), e);
        }
    }

    private static RSAPrivateKey rsaKey(DkimSettings settings) {
        String source = settings.privateKey() != null && !settings.privateKey().isBlank()
                ? "HERALD_DKIM_PRIVATE_KEY (herald.dkim.private-key)"
                : "HERALD_DKIM_PRIVATE_KEY_FILE (herald.dkim.private-key-file)";
        try (Reader pem = pem(settings); PEMParser parser = new PEMParser(pem)) {
            Object read = parser.readObject();
            var converter = new JcaPEMKeyConverter();
            PrivateKey key = null;
            if (read instanceof PEMKeyPair pair) { // "BEGIN RSA PRIVATE KEY"
                key = converter.getKeyPair(pair).getPrivate();
            } else if (read instanceof PrivateKeyInfo info) { // "BEGIN PRIVATE KEY"
                key = converter.getPrivateKey(info);
            }
            if (key instanceof RSAPrivateKey rsa) {
                return rsa;
            }
            throw new ConfigurationException(source + ": no unencrypted RSA private key in PEM form found; make one with "
                    + "`openssl genrsa -out dkim.pem 2048`");
        } catch (IOException e) {
            throw new ConfigurationException(source + ": could not read the DKIM key: " + e.getMessage(), e);
        }
    }

    private static Reader pem(DkimSettings settings) throws IOException {
        if (settings.privateKey() != null && !settings.privateKey().isBlank()) {
            // Environment variables and Helm values often carry the PEM on one line with literal \n.
            return new StringReader(settings.privateKey().replace("\\n", "\n"));
        }
        if (settings.privateKeyFile() == null || settings.privateKeyFile().isBlank()) {
            throw new ConfigurationException("HERALD_DKIM_DOMAIN is set but no key is: set HERALD_DKIM_PRIVATE_KEY "
                    + "(PEM text) or HERALD_DKIM_PRIVATE_KEY_FILE (path to a PEM file)");
        }
        return Files.newBufferedReader(Path.of(settings.privateKeyFile().trim()));
    }
}
