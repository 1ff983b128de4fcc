package io.herald.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * One SMTP connection of the pool, opened on first use and kept open in between. Angus checks a connection with a
 * NOOP round trip ({@link Transport#isConnected()}), which costs about as much as sending a small message; so the
 * check is made only after the connection has been idle a while (servers drop idle connections), never during a
 * fan-out. A failure that is not about the message itself drops the connection, and the next message opens a new
 * one; the failed message goes back to the queue rather than being resent here, so it is never sent twice.
 */
final class SmtpConnection {

    private static final long IDLE_CHECK_NANOS = 5_000_000_000L;

    private final Session session;
    private final MailSettings settings;
    private Transport transport;
    private long lastUsed;

    SmtpConnection(Session session, MailSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    void send(MimeMessage mime) throws MessagingException {
        if (transport != null && System.nanoTime() - lastUsed > IDLE_CHECK_NANOS && !transport.isConnected()) {
            close();
        }
        if (transport == null) {
            open();
        }
        MimeMessage encoded = encoded(mime);
        try {
            transport.sendMessage(encoded, mime.getAllRecipients());
        } catch (SendFailedException e) {
            throw e; // the server answered about this message; the connection is fine
        } catch (MessagingException e) {
            close();
            throw e;
        } catch (IllegalStateException e) { // Angus closed it after an I/O error: "Not connected"
            close();
            throw new MessagingException("The SMTP connection was lost", e);
        } finally {
            lastUsed = System.nanoTime();
        }
    }

    /**
     * The message encoded into memory first, then handed over as bytes: Angus writes a composed message to the
     * connection a byte at a time through several stream layers, which cost more CPU than everything else in a
     * fan-out; bytes it writes in bulk.
     */
    private MimeMessage encoded(MimeMessage mime) throws MessagingException {
        var bytes = new ByteArrayOutputStream(8192);
        try {
            mime.writeTo(bytes);
        } catch (IOException e) {
            throw new MessagingException("Could not encode the message", e);
        }
        return new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));
    }

    private void open() throws MessagingException {
        Transport opened = session.getTransport("smtp");
        if (settings.authenticates()) {
            opened.connect(settings.username(), settings.password());
        } else {
            opened.connect();
        }
        transport = opened;
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
