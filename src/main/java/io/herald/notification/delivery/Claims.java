package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes due deliveries under a lease ({@code FOR UPDATE SKIP LOCKED}, so that instances and threads share the work
 * and never take the same row), puts back what a stopping worker will not send, and finds a batch's messages.
 */
@Singleton
class Claims {

    private final DeliveryRepository deliveries;
    private final NotificationMessageRepository messages;
    private final Duration lease;
    private final Clock clock;
    /** Messages of recent batches: what a delivery needs of its message (subject, bodies) never changes. */
    private final Map<Long, NotificationMessage> recentMessages = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, NotificationMessage> eldest) {
                    return size() > 256;
                }
            });

    Claims(DeliveryRepository deliveries, NotificationMessageRepository messages,
           @Value("${herald.delivery.lease:60s}") Duration lease, Clock clock) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.lease = lease;
        this.clock = clock;
    }

    /**
     * Claims due rows and leases them; the rows returned carry the lease they are held by. Under READ COMMITTED (the
     * pool's isolation): no gap locks, so that claims of other workers and the expander's inserts do not deadlock.
     */
    @Transactional
    List<Delivery> claim(long holder, Channel channel, int limit) {
        Instant now = clock.instant();
        // Each locking read runs only after a plain read has found rows for it: a locking read that finds its range
        // empty still locks the index entry just past it until the claim commits, and past the empty ranges of
        // abandoned and retrying rows lies the oldest lease, whose row its worker is about to mark sent.
        List<Delivery> batch = new ArrayList<>();
        if (deliveries.anyDue(channel.name(), DeliveryState.SENDING.name(), now)) {
            batch.addAll(deliveries.claimAbandoned(channel.name(), now, limit));
        }
        for (DeliveryState state : List.of(DeliveryState.RETRYING, DeliveryState.QUEUED)) {
            if (batch.size() < limit && deliveries.anyDue(channel.name(), state.name(), now)) {
                batch.addAll(deliveries.claimDue(channel.name(), state.name(), now, limit - batch.size()));
            }
        }
        if (batch.isEmpty()) {
            return batch;
        }
        // Whole milliseconds, as DATETIME(3) keeps them, so that renewLease can match the stored value.
        Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        deliveries.lease(batch.stream().map(Delivery::id).toList(), until, holder);
        return batch.stream().map(d -> new Delivery(d.id(), d.messageId(), d.channel(), d.recipient(), d.subscriberId(),
                DeliveryState.SENDING, d.attempts(), until, until, d.lastError(), d.sentAt(), d.externalId(),
                d.createdAt())).toList();
    }

    /** Puts claimed rows back untried, as they were before they were leased. */
    void release(List<Long> ids) {
        if (!ids.isEmpty()) {
            deliveries.release(ids, clock.instant());
        }
    }

    /** The batch's messages, from those seen lately (a fan-out's batches share one) or else in one query. */
    Map<Long, NotificationMessage> messagesOf(List<Delivery> batch) {
        Map<Long, NotificationMessage> byId = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : batch.stream().map(Delivery::messageId).distinct().toList()) {
            NotificationMessage seen = recentMessages.get(id);
            if (seen != null) {
                byId.put(id, seen);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            messages.findByIdIn(missing).forEach(m -> {
                byId.put(m.id(), m);
                recentMessages.put(m.id(), m);
            });
        }
        return byId;
    }
}

