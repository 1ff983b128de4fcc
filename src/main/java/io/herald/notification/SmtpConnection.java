package io.herald.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** One SMTP connection of the pool, opened on first use and again after a failure, kept open in between. */
final class SmtpConnection {

    private final Session session;
    private final MailSettings settings;
    private Transport transport;

    SmtpConnection(Session session, MailSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    void send(MimeMessage mime) throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = session.getTransport("smtp");
            if (settings.authenticates()) {
                transport.connect(settings.username(), settings.password());
            } else {
                transport.connect();
            }
        }
        transport.sendMessage(mime, mime.getAllRecipients());
    }

    void close() {
        try {
            if (transport != null) {
                transport.close();
            }
        } catch (MessagingException ignored) {
            // the connection is dropped either way
        }
        transport = null;
    }
}
