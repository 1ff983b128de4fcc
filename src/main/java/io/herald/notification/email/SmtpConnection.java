package io.herald.notification.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPMessage;

import java.io.IOException;
import java.io.OutputStream;

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
    private final String envelopeFrom;
    private Transport transport;
    private long lastUsed;

    SmtpConnection(Session session, MailSettings settings, String envelopeFrom) {
        this.session = session;
        this.settings = settings;
        this.envelopeFrom = envelopeFrom;
    }

    /** Sends a message already encoded (by {@link MailEncoder}) to one recipient. */
    void send(byte[] encoded, InternetAddress recipient) throws MessagingException {
        if (transport != null && System.nanoTime() - lastUsed > IDLE_CHECK_NANOS && !transport.isConnected()) {
            close();
        }
        if (transport == null) {
            open();
        }
        try {
            transport.sendMessage(new EncodedMessage(session, envelopeFrom, encoded), new Address[] {recipient});
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
     * A message as encoded bytes, written as they are: Angus would write a composed message a byte at a time through
     * several stream layers, and parsing the bytes back into a message costs a tenth of a fan-out's CPU. Angus needs
     * no more of it than the envelope sender.
     */
    private static final class EncodedMessage extends SMTPMessage {

        private final byte[] bytes;

        EncodedMessage(Session session, String envelopeFrom, byte[] bytes) {
            super(session);
            this.bytes = bytes;
            setEnvelopeFrom(envelopeFrom);
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
            out.write(bytes);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }
    }

    private void open() throws MessagingException {
        Transport opened = new PipeliningSmtpTransport(session, new URLName("smtp", null, -1, null, null, null));
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
