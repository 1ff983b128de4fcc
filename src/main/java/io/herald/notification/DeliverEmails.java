package io.herald.notification;

import io.herald.subscriber.SubscriberRepository;
import io.herald.system.PageSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The e-mail worker: claims due deliveries in batches (several instances share the queue), sends them over
 * one open connection, and records each result. Failures are retried with exponential backoff and jitter;
 * a refused address, or too many attempts, ends as FAILED for the comms role to see.
 */
@Singleton
public class DeliverEmails {

    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(DeliverEmails.class);

    private final DeliveryRepository deliveries;
    private final NotificationMessageRepository messages;
    private final SubscriberRepository subscribers;
    private final EmailChannel email;
    private final MailSettings settings;
    private final PageSettings page;
    private final Duration lease;
    private final Duration firstRetry;
    private final Clock clock;

    DeliverEmails(DeliveryRepository deliveries, NotificationMessageRepository messages,
                  SubscriberRepository subscribers, EmailChannel email, MailSettings settings, PageSettings page,
                  @Value("${herald.delivery.lease:60s}") Duration lease,
                  @Value("${herald.delivery.first-retry:30s}") Duration firstRetry, Clock clock) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.subscribers = subscribers;
        this.email = email;
        this.settings = settings;
        this.page = page;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${herald.delivery.interval:200ms}", initialDelay = "2s")
    void run() {
        if (!settings.configured()) {
            return;
        }
        try {
            while (deliverBatch() == BATCH) {
                // keep going while there is a full batch of work
            }
        } catch (RuntimeException e) {
            LOG.warn("E-mail delivery failed; trying again at the next run", e);
        }
    }

    /** Sends one batch; returns how many deliveries it took. */
    public int deliverBatch() {
        List<Delivery> batch = claim();
        Map<Long, NotificationMessage> byId = new HashMap<>();
        // One query for the batch's subscriber tokens, not one per message sent.
        Map<Long, String> tokens = new HashMap<>();
        List<Long> subscriberIds = batch.stream().map(Delivery::subscriberId).filter(Objects::nonNull).distinct().toList();
        if (!subscriberIds.isEmpty()) {
            subscribers.findByIdIn(subscriberIds).forEach(s -> tokens.put(s.id(), s.token()));
        }
        for (Delivery delivery : batch) {
            NotificationMessage message = byId.computeIfAbsent(delivery.messageId(),
                    id -> messages.findById(id).orElseThrow());
            send(delivery, message, page.url() + "/subscriptions/" + tokens.getOrDefault(delivery.subscriberId(), ""));
        }
        return batch.size();
    }

    @Transactional
    List<Delivery> claim() {
        Instant now = clock.instant();
        List<Delivery> batch = deliveries.claimDue(Channel.EMAIL.name(), now, BATCH);
        if (!batch.isEmpty()) {
            deliveries.lease(batch.stream().map(Delivery::id).toList(), now.plus(lease));
        }
        return batch;
    }

    private void send(Delivery delivery, NotificationMessage message, String manageUrl) {
        int attempt = delivery.attempts() + 1;
        try {
            email.send(message, delivery, manageUrl);
            deliveries.markSent(delivery.id(), clock.instant());
        } catch (EmailChannel.PermanentFailure e) {
            deliveries.markFailed(delivery.id(), DeliveryState.FAILED.name(), clock.instant(), trim(e.getMessage()));
        } catch (MessagingException | RuntimeException e) {
            boolean giveUp = attempt >= MAX_ATTEMPTS;
            deliveries.markFailed(delivery.id(), (giveUp ? DeliveryState.FAILED : DeliveryState.RETRYING).name(),
                    clock.instant().plus(backoff(attempt)), trim(String.valueOf(e.getMessage())));
        }
    }

    /** 30 s, 1 min, 2 min, … capped at an hour, each ±20 % so that retries of one outage spread out. */
    Duration backoff(int attempt) {
        long base = Math.min(firstRetry.toMillis() << Math.min(attempt - 1, 20), Duration.ofHours(1).toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base * jitter));
    }

    private static String trim(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
