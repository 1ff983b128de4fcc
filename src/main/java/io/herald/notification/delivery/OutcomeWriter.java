package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes what became of sent deliveries in a few statements per group: sent (with the far end's id, if any),
 * deferred untried (an open circuit, a thread's turn), to be tried again after a backoff, or FAILED for good.
 */
@Singleton
class OutcomeWriter {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeWriter.class);

    private final DeliveryRepository deliveries;
    private final DeliveryMetrics metrics;
    private final Retries retries;
    private final Clock clock;

    OutcomeWriter(DeliveryRepository deliveries, MeterRegistry meters,
                  @Value("${herald.delivery.first-retry:30s}") Duration firstRetry,
                  @Value("${herald.delivery.max-attempts:8}") int maxAttempts, Clock clock) {
        this.deliveries = deliveries;
        this.metrics = new DeliveryMetrics(meters);
        this.retries = new Retries(firstRetry, maxAttempts);
        this.clock = clock;
    }

    /** Marks sent, in groups, what the journal of a killed process says it sent. */
    void markJournaled(List<SentJournal.Entry> entries) {
        List<SentJournal.Entry> plain = entries.stream().filter(e -> e.externalId() == null).toList();
        for (int from = 0; from < plain.size(); from += 1000) {
            List<SentJournal.Entry> group = plain.subList(from, Math.min(from + 1000, plain.size()));
            Instant at = group.stream().map(SentJournal.Entry::at).max(Instant::compareTo).orElseThrow();
            List<Long> ids = group.stream().map(SentJournal.Entry::deliveryId).toList();
            untilNoDeadlock(() -> deliveries.markSentUnlessRecorded(ids, at));
        }
        entries.stream().filter(e -> e.externalId() != null).forEach(e ->
                untilNoDeadlock(() -> deliveries.markSentAs(e.deliveryId(), e.externalId(), e.at())));
    }

    void write(ChannelAdapter<?> adapter, Outcomes outcomes) {
        Channel channel = adapter.channel();
        Instant now = clock.instant();
        if (!outcomes.sent.isEmpty()) {
            untilNoDeadlock(() -> deliveries.markSent(outcomes.sent.stream().map(Delivery::id).toList(), now));
        }
        outcomes.sentAs.forEach((delivery, externalId) ->
                untilNoDeadlock(() -> deliveries.markSentAs(delivery.id(), externalId, now)));
        metrics.count(channel, "sent", outcomes.sent.size() + outcomes.sentAs.size());
        if (!outcomes.deferred.isEmpty()) {
            untilNoDeadlock(() -> deliveries.defer(outcomes.deferred, now.plus(retries.first()),
                    "Not tried: too many recent failures at this endpoint (circuit open)"));
            metrics.count(channel, "deferred", outcomes.deferred.size());
        }
        Map<Delivery, DeliveryFailure> failedForGood = new LinkedHashMap<>();
        for (Outcomes.Failed failed : outcomes.failed) {
            if (failed.failure().untried()) {
                untilNoDeadlock(() -> deliveries.defer(List.of(failed.delivery().id()), failed.failure().notBefore(),
                        failed.failure().getMessage()));
                metrics.count(channel, "deferred", 1);
                continue;
            }
            DeliveryFailure failure = failed.failure();
            Retries.Next next = retries.after(failure, failed.delivery().attempts() + 1, now);
            boolean giveUp = next.state() == DeliveryState.FAILED;
            untilNoDeadlock(() -> deliveries.markFailed(failed.delivery().id(), next.state().name(), next.at(),
                    trim(String.valueOf(failure.getMessage()))));
            metrics.count(channel, giveUp ? "failed" : "retrying", 1);
            if (giveUp) {
                failedForGood.put(failed.delivery(), failure);
            }
        }
        List<Delivery> delivered = new ArrayList<>(outcomes.sent);
        delivered.addAll(outcomes.sentAs.keySet());
        try {
            adapter.recorded(delivered, failedForGood);
        } catch (RuntimeException e) {
            // The outcomes are written; only the adapter's bookkeeping missed them, and that must not resend them.
            LOG.warn("{} could not take note of recorded outcomes", channel, e);
        }
    }

    /**
     * Runs one outcome statement, again if InnoDB picked it as a deadlock victim (claims and outcome updates of
     * other workers touch neighbouring index entries). Giving up would leave sent rows to be sent again once their
     * lease runs out.
     */
    private void untilNoDeadlock(Runnable statement) {
        for (int attempt = 1; ; attempt++) {
            try {
                statement.run();
                return;
            } catch (DataAccessException e) {
                if (attempt >= 10 || !(rootCause(e) instanceof SQLTransactionRollbackException)) {
                    throw e;
                }
                LOG.debug("Deadlock recording delivery outcomes; trying again ({})", attempt);
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String trim(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
