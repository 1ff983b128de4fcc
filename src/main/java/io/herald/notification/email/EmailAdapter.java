package io.herald.notification.email;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.delivery.ChannelAdapter;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryFailure;
import io.herald.subscriber.MailBounced;
import io.herald.subscriber.SubscriberRepository;
import io.herald.system.PageSettings;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The e-mail adapter (Jakarta Mail / Angus): sends the mail {@link MailEncoder} encodes through a bounded pool of
 * {@code herald.smtp.connections} SMTP connections, each kept open and used for many messages; one worker thread
 * per connection. Short timeouts, so a slow server cannot hold a worker for long. A recipient the server refuses
 * is a bounce, final; anything else is retried on a fresh connection.
 */
@Singleton
class EmailAdapter implements ChannelAdapter<Map<Long, String>>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmailAdapter.class);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private final MailSettings settings;
    private final SubscriberRepository subscribers;
    private final BlockingQueue<SmtpConnection> pool;
    private final ApplicationEventPublisher<MailBounced> bounces;
    private final MailEncoder encoder;

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
        this.bounces = bounces;
        this.subscribers = subscribers;
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
        Session session = Session.getInstance(props);
        this.encoder = new MailEncoder(session, settings.from(), page, dkim);
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
            connection.send(encoder.encode(message, delivery, token), new InternetAddress(delivery.recipient()));
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

    /** Warms the encoding of mail up off the start-up path (see {@link MailEncoder#warmUp}). */
    @EventListener
    void warmUp(StartupEvent event) {
        Thread thread = new Thread(() -> {
            try {
                encoder.warmUp();
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("Warming up the mail path failed; the first message will only be slower", e);
            }
        }, "warm-up-mail");
        thread.setDaemon(true);
        thread.start();
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

    @Override
    @PreDestroy
    public void close() {
        pool.forEach(SmtpConnection::close);
    }
}
