package io.herald.notification.email;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.delivery.ChannelAdapter;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryFailure;
import io.herald.notification.delivery.DeliveryState;
import io.herald.subscriber.MailBounced;
import io.herald.subscriber.SubscriberRepository;
import io.herald.system.PageSettings;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The e-mail adapter (Jakarta Mail / Angus). A bounded pool of {@code herald.smtp.connections} SMTP connections,
 * each kept open and used for many messages; one worker thread per connection. Short timeouts, so a slow server
 * cannot hold a worker for long.
 */
@Singleton
class EmailAdapter implements ChannelAdapter<Map<Long, String>>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmailAdapter.class);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    /** Well under SMTP's 998, so that no server has to fold a line. */
    private static final int MAX_7BIT_LINE = 900;

    private final MailSettings settings;
    private final SubscriberRepository subscribers;
    private final PageSettings page;
    private final Session session;
    private final BlockingQueue<SmtpConnection> pool;
    private final ApplicationEventPublisher<MailBounced> bounces;
    private final DkimSigning dkim;
    /** Templates of the messages being sent, by message (a fan-out sends one message to many, a few at a time). */
    private final Map<String, Optional<MailTemplate>> templates = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<MailTemplate>> eldest) {
                    return size() > 64;
                }
            });

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader on every encoded part and header, which
        // scans the jar each time: 40 % of the CPU of a fan-out (jakartaee/mail-api#861). Named here, it is found
        // by class name instead, the first thing its FactoryFinder tries.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    EmailAdapter(MailSettings settings, SubscriberRepository subscribers, PageSettings page,
                 ApplicationEventPublisher<MailBounced> bounces, DkimSigning dkim) {
        this.settings = settings;
        this.dkim = dkim;
        this.bounces = bounces;
        this.subscribers = subscribers;
        this.page = page;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host() == null ? "localhost" : settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        // No mail.smtp.writetimeout: Angus implements it with a scheduled task per write, which cost a tenth of the
        // CPU of a fan-out. A message (a few KB) fits in the socket's buffer, so a write does not wait on the server;
        // a server that stops reading is caught by the 10 s timeout on its reply.
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        props.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        props.put("mail.smtp.socketFactory", new SmtpSocketFactory());
        this.session = Session.getInstance(props);
        this.pool = new ArrayBlockingQueue<>(concurrency());
        String envelopeFrom = envelopeFrom(settings);
        for (int i = 0; i < concurrency(); i++) {
            pool.add(new SmtpConnection(session, settings, envelopeFrom));
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public int concurrency() {
        return Math.max(1, settings.connections());
    }

    @Override
    public int batchSize() {
        return 100;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    /** The subscription tokens of the batch's public subscribers, in one query, for their manage links. */
    @Override
    public Map<Long, String> prepare(List<Delivery> batch, Map<Long, NotificationMessage> messages) {
        List<Long> ids = batch.stream().filter(d -> messages.get(d.messageId()).audience() == Audience.PUBLIC)
                .map(Delivery::subscriberId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> tokens = new HashMap<>();
        if (!ids.isEmpty()) {
            subscribers.findTokensByIdIn(ids).forEach(s -> tokens.put(s.id(), s.token()));
        }
        return tokens;
    }

    @Override
    public String endpoint(Delivery delivery, NotificationMessage message) {
        return settings.host() + ":" + settings.port();
    }

    @Override
    public String send(Delivery delivery, NotificationMessage message, Map<Long, String> tokens) throws DeliveryFailure {
        SmtpConnection connection;
        try {
            connection = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.retry("Interrupted while waiting for an SMTP connection", e);
        }
        try {
            String token = delivery.subscriberId() == null ? null : tokens.get(delivery.subscriberId());
            String manageUrl = token == null ? null : page.url() + "/subscriptions/" + token;
            connection.send(encode(message, delivery, manageUrl), new InternetAddress(delivery.recipient()));
            return null;
        } catch (SendFailedException e) {
            // The server refused the recipient (5xx): a bad address will stay bad.
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                bounces.publishEvent(new MailBounced(delivery.recipient(), serverReply(e)));
                throw DeliveryFailure.permanent("The mail server refused " + delivery.recipient() + ": " + serverReply(e), e);
            }
            connection.close();
            throw DeliveryFailure.retry(serverReply(e), e);
        } catch (MessagingException e) {
            connection.close();
            throw DeliveryFailure.retry(serverReply(e), e);
        } finally {
            pool.add(connection);
        }
    }

    /**
     * Composes and encodes one message nobody receives, off the start-up path: the first real message then does
     * not pay for loading the mail classes (a few hundred milliseconds of the time to the first message).
     */
    @EventListener
    void warmUp(StartupEvent event) {
        Thread thread = new Thread(() -> {
            Instant now = Instant.now();
            var message = NotificationMessage.of("warm-up", Channel.EMAIL, Audience.PUBLIC, "Warm-up", "Text",
                    "<p>HTML</p>", null, now);
            var delivery = new Delivery(0L, 0L, Channel.EMAIL, "warm-up@herald.invalid", null, DeliveryState.SENDING,
                    0, now, null, null, null, null, now);
            try {
                encode(message, delivery, null);
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("Warming up the mail path failed; the first message will only be slower", e);
            }
        }, "warm-up-mail");
        thread.setDaemon(true);
        thread.start();
    }

    /** The mail of one delivery as bytes: filled into the message's template where one fits, else composed. */
    private byte[] encode(NotificationMessage message, Delivery delivery, String manageUrl) throws MessagingException {
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

    /** The message's template (made on first use, anew once stale), or null when its text is not 7bit. */
    private MailTemplate template(NotificationMessage message, boolean withManageLink) throws MessagingException {
        String key = message.id() + (withManageLink ? "+manage" : "");
        Optional<MailTemplate> cached = templates.get(key);
        if (cached != null && cached.map(MailTemplate::fresh).orElse(true)) {
            return cached.orElse(null);
        }
        Optional<MailTemplate> made = Optional.empty();
        if ("7bit".equals(transferEncoding(message.textBody())) && "7bit".equals(transferEncoding(message.htmlBody()))) {
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
        mime.setFrom(new InternetAddress(settings.from()));
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
        part.setHeader("Content-Transfer-Encoding", transferEncoding(body));
        return part;
    }

    /**
     * 7bit for plain ASCII in short lines (written as is), else quoted-printable. Chosen here in one pass over the
     * text, because Jakarta Mail's own choice, and its quoted-printable encoder, go through several stream layers a
     * byte at a time: together the largest share of the CPU of a fan-out.
     */
    static String transferEncoding(String body) {
        int line = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line = 0;
            } else if (c >= 0x7F || (c < 0x20 && c != '\r' && c != '\t') || ++line > MAX_7BIT_LINE) {
                return "quoted-printable";
            }
        }
        return "7bit";
    }

    /**
     * What the server said, which Angus keeps in the chain of nested exceptions ("Invalid Addresses" on top,
     * "550 5.1.1 User unknown" below): the comms role sees the real reason in the failures list.
     */
    static String serverReply(MessagingException e) {
        var reply = new StringBuilder(String.valueOf(e.getMessage()).trim());
        Exception next = e.getNextException();
        for (int depth = 0; next != null && depth < 5; depth++) {
            reply.append(": ").append(String.valueOf(next.getMessage()).trim());
            next = next instanceof MessagingException nested ? nested.getNextException() : null;
        }
        return reply.toString();
    }

    private static String envelopeFrom(MailSettings settings) {
        try {
            return new InternetAddress(settings.from()).getAddress();
        } catch (AddressException e) {
            throw new ConfigurationException("HERALD_MAIL_FROM (herald.smtp.from): '" + settings.from()
                    + "' is not an e-mail address: " + e.getMessage(), e);
        }
    }

    private String domain() {
        String from = settings.from();
        return from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "") : "herald.invalid";
    }

    @Override
    @PreDestroy
    public void close() {
        pool.forEach(SmtpConnection::close);
    }
}
