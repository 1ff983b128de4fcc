package io.herald.support;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;

import java.util.Map;

/**
 * Base of tests whose Herald sends mail to a real SMTP server (GreenMail) of the class's own; subclasses read what
 * arrived from {@link #smtp} and may add settings with {@link #mailSettings()}.
 */
public abstract class MailTest extends HeraldTest {

    private TestSmtp mailServer;
    protected GreenMail smtp;

    @Override
    protected final Map<String, String> extraProperties() {
        if (mailServer == null) {
            mailServer = TestSmtp.start();
            smtp = mailServer.server();
        }
        return mailServer.settings(mailSettings());
    }

    /** Settings beyond those that point Herald at the mail server, as name, value, name, value… */
    protected String[] mailSettings() {
        return new String[0];
    }

    @AfterAll
    void stopSmtp() {
        mailServer.close();
    }
}
