package io.herald.support;

import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (SubEthaSMTP) on a free loopback port that keeps, of each accepted message, only its
 * recipient and Message-ID, so that thousands of messages can be counted cheaply. It can refuse a share of
 * messages with a temporary 451, as a struggling mail server does, and can take its time over each one.
 */
public final class RecordingSmtp implements AutoCloseable {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");

    /** One recipient of an accepted message, and when the server accepted it. */
    public record Accepted(String recipient, String messageId, Instant at) {
    }

    private final SMTPServer server;
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile int refusePercent;
    private volatile int delayMillis;
    private final Set<String> unknownRecipients = ConcurrentHashMap.newKeySet();
    private final List<String> refusedRecipients = new CopyOnWriteArrayList<>();

    private RecordingSmtp() {
        server = SMTPServer.port(0).bindAddress(java.net.InetAddress.getLoopbackAddress())
                .maxConnections(64)
                .messageHandlerFactory(context -> new Handler()).build();
        server.start();
    }

    public static RecordingSmtp start() {
        return new RecordingSmtp();
    }

    /** Refuse this share of messages with 451, spread evenly: 30 refuses 3 of every 10 (up to 40); 100 refuses all. */
    public RecordingSmtp refusing(int percent) {
        this.refusePercent = percent;
        return this;
    }

    /** Take this long over each message, so that a fan-out lasts long enough to be interrupted. */
    public RecordingSmtp slowedBy(int millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Refuse these recipients with a permanent 550 at RCPT TO, as for a mailbox that does not exist. */
    public RecordingSmtp unknown(String... recipients) {
        unknownRecipients.addAll(List.of(recipients));
        return this;
    }

    /** Every RCPT TO refused as unknown, in order. */
    public List<String> refusedRecipients() {
        return List.copyOf(refusedRecipients);
    }

    public int port() {
        return server.getPortAllocated();
    }

    public Map<String, String> settings(String... more) {
        Map<String, String> settings = new HashMap<>(Map.of("herald.smtp.host", "127.0.0.1",
                "herald.smtp.port", String.valueOf(server.getPortAllocated()), "herald.delivery.interval", "100ms",
                "herald.delivery.first-retry", "100ms"));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    public int refused() {
        return refused.get();
    }

    public int attempts() {
        return attempts.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Handler implements org.subethamail.smtp.MessageHandler {

        private final List<String> recipients = new CopyOnWriteArrayList<>();

        @Override
        public void from(String from) {
            // any sender
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            if (unknownRecipients.contains(recipient)) {
                refusedRecipients.add(recipient);
                throw new RejectException(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            data.transferTo(bytes);
            int attempt = attempts.getAndIncrement();
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            // 3 of every 10 for 30 %: at slots 0, 3, 6 (spread, not in a burst that would trip a circuit breaker).
            int slot = attempt % 10;
            if (refusePercent >= 100 || refusePercent > 0 && slot % 3 == 0 && slot / 3 < refusePercent / 10) {
                refused.incrementAndGet();
                throw new RejectException(451, "4.3.0 Try again later");
            }
            Matcher id = MESSAGE_ID.matcher(bytes.toString(StandardCharsets.UTF_8));
            String messageId = id.find() ? id.group(1) : "";
            Instant at = Instant.now();
            recipients.forEach(r -> accepted.add(new Accepted(r, messageId, at)));
            return null;
        }

        @Override
        public void done() {
            // nothing held
        }
    }

    /** How often each recipient got a message. */
    public Map<String, Integer> countsByRecipient() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        accepted.forEach(a -> counts.merge(a.recipient(), 1, Integer::sum));
        return counts;
    }
}
