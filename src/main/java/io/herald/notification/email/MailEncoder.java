package io.herald.notification.email;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryState;
import io.herald.system.PageSettings;
import io.micronaut.core.annotation.Nullable;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a delivery of a composed message ({@link ComposeEmail}) into the MIME bytes that go out to its recipient:
 * headers, the text and HTML parts and their transfer encoding, the recipient's own manage link in place of
 * {@link NotificationMessage#MANAGE_URL}, and the DKIM signature when that is on. A fan-out sends one message to
 * many, so the encoded mail of a message is kept as a {@link MailTemplate} and filled in for each recipient
 * wherever it can be.
 */
final class MailEncoder {

    private final Session session;
    private final String from;
    private final PageSettings page;
    private final DkimSigning dkim;
    /** Templates of the messages being sent, by message (a fan-out sends one message to many, a few at a time). */
    private final Map<String, Optional<MailTemplate>> templates = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<MailTemplate>> eldest) {
                    return size() > 64;
                }
            });

    MailEncoder(Session session, String from, PageSettings page, DkimSigning dkim) {
        this.session = session;
        this.from = from;
        this.page = page;
        this.dkim = dkim;
    }

    /**
     * The mail of one delivery as bytes, with the manage link of the subscription whose token is given (none for
     * a recipient who has no subscription): filled into the message's template where one fits, else composed.
     */
    byte[] encode(NotificationMessage message, Delivery delivery, @Nullable String subscriptionToken)
            throws MessagingException {
        String manageUrl = subscriptionToken == null ? null : page.url() + "/subscriptions/" + subscriptionToken;
        // The same Message-ID on every attempt of a delivery, so a receiver can spot a repeat.
        String messageId = "<delivery-" + delivery.id() + "." + delivery.messageId() + "@" + domain() + ">";
        if (!dkim.enabled() && MailTemplate.fits(delivery.recipient()) && (manageUrl == null || MailTemplate.fits(manageUrl))) {
            MailTemplate template = template(message, manageUrl != null);
            if (template != null) {
                return template.fill(delivery.recipient(), messageId, manageUrl);
            }
        }
        return bytes(dkim.sign(compose(message, delivery.recipient(), messageId, manageUrl)));
    }

    /**
     * Composes and encodes one message nobody receives, so that the first real message does not pay for loading
     * the mail classes (a few hundred milliseconds of the time to the first message).
     */
    void warmUp() throws MessagingException {
        Instant now = Instant.now();
        var message = NotificationMessage.of("warm-up", Channel.EMAIL, Audience.PUBLIC, "Warm-up", "Text",
                "<p>HTML</p>", null, now);
        var delivery = new Delivery(0L, 0L, Channel.EMAIL, "warm-up@herald.invalid", null, DeliveryState.SENDING,
                0, now, null, null, null, null, now);
        encode(message, delivery, null);
    }

    /** The message's template (made on first use, anew once stale), or null when its text is not 7bit. */
    private MailTemplate template(NotificationMessage message, boolean withManageLink) throws MessagingException {
        String key = message.id() + (withManageLink ? "+manage" : "");
        Optional<MailTemplate> cached = templates.get(key);
        if (cached != null && cached.map(MailTemplate::fresh).orElse(true)) {
            return cached.orElse(null);
        }
        Optional<MailTemplate> made = Optional.empty();
        if (TransferEncoding.sevenBit(message.textBody()) && TransferEncoding.sevenBit(message.htmlBody())) {
            made = Optional.of(MailTemplate.of(bytes(compose(message, MailTemplate.RECIPIENT, MailTemplate.MESSAGE_ID,
                    withManageLink ? MailTemplate.MANAGE_URL : null))));
        }
        templates.put(key, made);
        return made.orElse(null);
    }

    private static byte[] bytes(MimeMessage mime) throws MessagingException {
        var bytes = new ByteArrayOutputStream(8192);
        try {
            mime.writeTo(bytes);
        } catch (IOException e) {
            throw new MessagingException("Could not encode the message", e);
        }
        return bytes.toByteArray();
    }

    private MimeMessage compose(NotificationMessage message, String recipient, String messageId, String manageUrl)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(from));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        String link = manageUrl == null ? page.url() : manageUrl;
        if (manageUrl != null) {
            mime.setHeader("List-Unsubscribe", "<" + manageUrl + "/unsubscribe>");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        String textBody = message.textBody().replace(NotificationMessage.MANAGE_URL, link);
        String htmlBody = message.htmlBody().replace(NotificationMessage.MANAGE_URL, link);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(textBody, "text/plain; charset=UTF-8"));
        alternative.addBodyPart(part(htmlBody, "text/html; charset=UTF-8"));
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    /**
     * A body part whose content is given as bytes, not as a String: Angus writes a String part through a stream
     * that passes it on one byte at a time (a third of the CPU of a fan-out); bytes go through in bulk.
     */
    private static MimeBodyPart part(String body, String contentType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8), contentType)));
        part.setHeader("Content-Type", contentType);
        part.setHeader("Content-Transfer-Encoding", TransferEncoding.of(body));
        return part;
    }

    private String domain() {
        return from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "") : "herald.invalid";
    }
}
