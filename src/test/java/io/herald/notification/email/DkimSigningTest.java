package io.herald.notification.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.herald.subscriber.Subscriber;
import io.herald.subscriber.SubscriberRepository;
import io.herald.support.MailTest;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With HERALD_DKIM_* set, the mail a subscriber receives carries a DKIM signature that an independent verifier
 * (Apache James jDKIM, given the public key as its DNS record) accepts; a changed body no longer verifies.
 */
@MicronautTest(transactional = false)
class DkimSigningTest extends MailTest {

    private static final KeyPair KEYS = rsaKeys();


    @Inject
    SubscriberRepository subscribers;

    @Override
    protected String[] mailSettings() {
        return new String[] {"herald.dkim.domain", "acme.test", "herald.dkim.selector", "herald2026",
                // one line with literal \n, as an environment variable or a Helm value carries it
                "herald.dkim.private-key", privatePem().replace("\n", "\\n")};
    }


    @Test
    void subscriberMailIsSignedAndVerifies() throws Exception {
        Instant now = Instant.now();
        subscribers.save(new Subscriber(null, "cto@customer.test", "cto-token-0123456789abcdefghijklmnopqrstuvw",
                true, now, now, null, null));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Checkout errors", "status", "investigating",
                "body", "Payments fail for some customers — we are on it.", "deliver_notifications", true)));

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the update is mailed");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String raw = GreenMailUtil.getWholeMessage(mail);
        String signature = mail.getHeader("DKIM-Signature")[0];
        assertTrue(signature.contains("d=acme.test") && signature.contains("s=herald2026"), signature);
        assertTrue(signature.contains("a=rsa-sha256") && signature.contains("c=relaxed/relaxed"), signature);

        List<SignatureRecord> verified = verifier().verify(stream(raw));
        assertEquals(1, verified.size(), "one valid signature");
        assertEquals("acme.test", verified.get(0).getDToken().toString());

        String tampered = raw.replace("Payments fail", "Payments work");
        assertTrue(!tampered.equals(raw), "the body was found to change");
        assertThrows(FailException.class, () -> verifier().verify(stream(tampered)), "a changed body fails DKIM");
    }

    @Test
    void incompleteSettingsStopStartUpNamingTheSetting() {
        var noSelector = assertThrows(ConfigurationException.class,
                () -> new DkimSigning(new DkimSettings("acme.test", " ", privatePem(), null)));
        assertTrue(noSelector.getMessage().contains("HERALD_DKIM_SELECTOR"), noSelector.getMessage());

        var noKey = assertThrows(ConfigurationException.class,
                () -> new DkimSigning(new DkimSettings("acme.test", "s1", null, null)));
        assertTrue(noKey.getMessage().contains("HERALD_DKIM_PRIVATE_KEY"), noKey.getMessage());

        var badKey = assertThrows(ConfigurationException.class,
                () -> new DkimSigning(new DkimSettings("acme.test", "s1", "not a key", null)));
        assertTrue(badKey.getMessage().contains("HERALD_DKIM_PRIVATE_KEY"), badKey.getMessage());

        var missingFile = assertThrows(ConfigurationException.class,
                () -> new DkimSigning(new DkimSettings("acme.test", "s1", null, "/nonexistent/dkim.pem")));
        assertTrue(missingFile.getMessage().contains("HERALD_DKIM_PRIVATE_KEY_FILE"), missingFile.getMessage());

        assertTrue(!new DkimSigning(new DkimSettings(null, null, null, null)).enabled(), "no domain: no signing");
    }

    @Test
    void readsATraditionalRsaKeyFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dkim.pem");
        try (var writer = new JcaPEMWriter(Files.newBufferedWriter(file))) {
            writer.writeObject(KEYS); // a key pair is written as "BEGIN RSA PRIVATE KEY", as `openssl genrsa -traditional`
        }
        assertTrue(Files.readString(file).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        assertTrue(new DkimSigning(new DkimSettings("acme.test", "s1", null, file.toString())).enabled());
    }

    private static DKIMVerifier verifier() {
        String record = "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
        return new DKIMVerifier((method, selector, domain) -> {
            assertEquals("herald2026._domainkey.acme.test", selector + "._domainkey." + domain);
            return List.of(record);
        });
    }

    private static ByteArrayInputStream stream(String raw) {
        return new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String privatePem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
