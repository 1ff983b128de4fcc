package io.herald.notification;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.annotation.PreDestroy;

import java.util.Date;
import java.util.Properties;

/**
 * The e-mail adapter (Jakarta Mail / Angus). It keeps one SMTP connection open and sends many messages
 * over it; a session of its own, with short timeouts, so a slow server cannot hold a worker for long.
 */
@Singleton
class EmailChannel implements AutoCloseable {

    private final MailSettings settings;
    private final Session session;
    private Transport transport;

    EmailChannel(MailSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host() == null ? "localhost" : settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        props.put("mail.smtp.auth", String.valueOf(settings.username() != null && !settings.username().isBlank()));
        this.session = Session.getInstance(props);
    }

    /** Thrown for a failure that retrying cannot fix, such as an address the server refuses. */
    static final class PermanentFailure extends Exception {
        PermanentFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    synchronized void send(NotificationMessage message, Delivery delivery, String manageUrl)
            throws MessagingException, PermanentFailure {
        MimeMessage mime = compose(message, delivery, manageUrl);
        try {
            connection().sendMessage(mime, mime.getAllRecipients());
        } catch (SendFailedException e) {
            // The server refused the recipient (5xx): a bad address will stay bad.
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                throw new PermanentFailure("The mail server refused " + delivery.recipient() + ": " + e.getMessage(), e);
            }
            closeQuietly();
            throw e;
        } catch (MessagingException e) {
            closeQuietly();
            throw e;
        }
    }

    private MimeMessage compose(NotificationMessage message, Delivery delivery, String manageUrl)
            throws MessagingException {
        // The same Message-ID on every attempt of a delivery, so a receiver can spot a repeat.
        String messageId = "<delivery-" + delivery.id() + "." + delivery.messageId() + "@" + domain() + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(delivery.recipient()));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("List-Unsubscribe", "<" + manageUrl + "/unsubscribe>");
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.textBody().replace(NotificationMessage.MANAGE_URL, manageUrl), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(message.htmlBody().replace(NotificationMessage.MANAGE_URL, manageUrl), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    private String domain() {
        String from = settings.from();
        return from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "") : "herald.invalid";
    }

    private Transport connection() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = session.getTransport("smtp");
            if (settings.username() != null && !settings.username().isBlank()) {
                transport.connect(settings.username(), settings.password());
            } else {
                transport.connect();
            }
        }
        return transport;
    }

    private void closeQuietly() {
        try {
            if (transport != null) {
                transport.close();
            }
        } catch (MessagingException ignored) {
            // the connection is dropped either way
        }
        transport = null;
    }

    @Override
    @PreDestroy
    public synchronized void close() {
        closeQuietly();
    }
}
