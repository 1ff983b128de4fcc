package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.system.DatabaseSchema;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.herald.system.ForegroundWork;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the queue: for each channel, {@link ChannelAdapter#concurrency()} threads per instance claim due
 * deliveries in batches ({@code FOR UPDATE SKIP LOCKED}, so instances and threads share the work and never
 * take the same row), hold them by a lease (a worker killed mid-batch leaves them to be taken again once it
 * runs out), send each through a circuit breaker kept per endpoint, note each one sent in the thread's
 * {@link SentJournal} at once, and record the outcomes in the database in a few statements per batch. Channels run on threads of their own, so a slow one never holds up another.
 */
@Singleton
public class DeliveryWorker {

    /** Outcomes are written in groups of at least this many sends, or of what was sent within RECORD_WITHIN… */
    static final int RECORD_EVERY = 25;
    /**
     * …so that at a mail server's pace (a few ms a message) a kill -9 repeats a handful per thread rather than up to
     * {@value #RECORD_EVERY}, while at full speed the groups, and the statements per message, stay as they were.
     */
    static final Duration RECORD_WITHIN = Duration.ofMillis(5);
    /**
     * …and a thread sends no further while this many are sent but not yet recorded: what the loss of the instance
     * (not a kill of its process, which its {@link SentJournal} covers) may repeat.
     */
    static final int UNRECORDED_AT_MOST = 100;
    /** Outcome writes of one thread in flight at once: a slow commit does not hold the next group back. */
    static final int WRITES_IN_FLIGHT = 2;
    /** A thread's journal of sent deliveries is emptied once this large, after its outcomes are all recorded. */
    static final long JOURNAL_AT_MOST = 4L << 20;
    /** Claims grow while batches come back full, up to this many times the adapter's batch size. */
    static final int LARGEST_CLAIM = 10;

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final DeliveryInstances instances;
    private final SentJournal journal;
    private final NotificationMessageRepository messages;
    private final List<ChannelAdapter<?>> adapters;
    private final DeliveryMetrics metrics;
    private final DeliverySignal signal;
    private final ForegroundWork foreground;
    private final CircuitBreakerRegistry breakers;
    private final Duration interval;
    private final Duration lease;
    private final Duration firstRetry;
    private final boolean enabled;
    private final int maxAttempts;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    /** Messages of recent batches: what a delivery needs of its message (subject, bodies) never changes. */
    private final Map<Long, NotificationMessage> recentMessages = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, NotificationMessage> eldest) {
                    return size() > 256;
                }
            });
    /** Outcome writes and claims ahead, off the sending threads. */
    private final ExecutorService database = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "delivery-database");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryWorker(DeliveryRepository deliveries, DeliveryInstances instances, SentJournal journal,
                   NotificationMessageRepository messages,
                   List<ChannelAdapter<?>> adapters, MeterRegistry meters, DeliverySignal signal, ForegroundWork foreground,
                   @Value("${herald.delivery.interval:200ms}") Duration interval,
                   @Value("${herald.delivery.lease:60s}") Duration lease,
                   @Value("${herald.delivery.first-retry:30s}") Duration firstRetry,
                   @Value("${herald.delivery.breaker-open:30s}") Duration breakerOpen,
                   @Value("${herald.delivery.enabled:true}") boolean enabled,
                   @Value("${herald.delivery.max-attempts:8}") int maxAttempts, Clock clock) {
        this.deliveries = deliveries;
        this.instances = instances;
        this.journal = journal;
        this.messages = messages;
        this.adapters = adapters;
        this.signal = signal;
        this.foreground = foreground;
        this.metrics = new DeliveryMetrics(meters);
        this.interval = interval;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.enabled = enabled;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
        // Opens when half of the last 20 calls to an endpoint failed (at least 10 calls); while open, that
        // endpoint's deliveries are put back untried, and the other endpoints carry on.
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
                .waitDurationInOpenState(breakerOpen).permittedNumberOfCallsInHalfOpenState(2)
                .recordExceptions(DeliveryFailure.class).build());
    }

    @EventListener
    void start(DatabaseSchema.Ready ready) {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        // Before the first claim: what a killed process sent but had not recorded is marked sent, from its journal,
        // and then a restart takes back at once what the instance it replaces held, if that is dead.
        journal.takeOver(this::recordJournaled);
        instances.start();
        for (ChannelAdapter<?> adapter : adapters) {
            for (int i = 0; i < adapter.concurrency(); i++) {
                String name = adapter.channel().name().toLowerCase() + "-" + i;
                Thread thread = new Thread(() -> loop(adapter, name), "deliver-" + name);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        database.shutdown();
    }

    /**
     * Sends batch after batch. While a full batch is sent, the next one is claimed on another thread, so the sending
     * never waits for a claim's round trips while there is more to send; and as a full batch says that more is
     * waiting, the next claim is larger (up to {@value #LARGEST_CLAIM} times the adapter's batch size), for fewer
     * statements per message in a large fan-out. Claims start at the batch size, so a small fan-out still spreads
     * over all the threads.
     */
    private void loop(ChannelAdapter<?> adapter, String name) {
        try (SentJournal.Writer sent = journal.open(name)) {
            loop(adapter, new Recording(sent));
        }
    }

    private void loop(ChannelAdapter<?> adapter, Recording recording) {
        int size = adapter.batchSize();
        CompletableFuture<List<Delivery>> next = null;
        long nextHolder = 0;
        while (running.get()) {
            boolean full = false;
            try {
                OptionalLong holder = instances.holder();
                if (holder.isEmpty()) {
                    next = null; // this instance's heartbeat is late: what it claimed is the others' to take back
                } else if (adapter.configured()) {
                    int claimed = size;
                    long by = next != null ? nextHolder : holder.getAsLong();
                    List<Delivery> batch;
                    try {
                        batch = next != null ? next.join() : claim(by, adapter.channel(), claimed);
                    } finally {
                        next = null;
                    }
                    full = batch.size() == claimed;
                    size = full ? Math.min(claimed * 2, adapter.batchSize() * LARGEST_CLAIM) : adapter.batchSize();
                    next = full ? claimAhead(adapter, holder.getAsLong(), size) : null;
                    nextHolder = holder.getAsLong();
                    deliverBatch(adapter, by, batch, recording);
                    if (recording.journal.size() > JOURNAL_AT_MOST) {
                        recording.settle();
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Delivering {} failed; trying again shortly", adapter.channel(), e);
            }
            if (!full) {
                try {
                    recording.settle(); // nothing left unrecorded while idle
                } catch (RuntimeException e) {
                    LOG.warn("Recording {} outcomes failed; their lease will run out and they go again",
                            adapter.channel(), e);
                }
                if (next == null) {
                    try {
                        signal.awaitDeliveries(adapter.channel(), interval);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
        }
        release(next);
    }

    private CompletableFuture<List<Delivery>> claimAhead(ChannelAdapter<?> adapter, long holder, int size) {
        return CompletableFuture.supplyAsync(() -> claim(holder, adapter.channel(), size), database);
    }

    /** On the way out, a batch claimed ahead goes back to the queue at once, rather than after its lease. */
    private void release(CompletableFuture<List<Delivery>> claimed) {
        if (claimed == null) {
            return;
        }
        try {
            List<Long> ids = claimed.join().stream().map(Delivery::id).toList();
            if (!ids.isEmpty()) {
                deliveries.release(ids, clock.instant());
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not put back a batch claimed ahead; it goes again once its lease runs out", e);
        }
    }

    /**
     * Sends one claimed batch of the adapter's channel. Outcomes are recorded in groups while the next ones are sent
     * (group commit): a group of at least {@value #RECORD_EVERY}, or of what was sent within {@link #RECORD_WITHIN},
     * starts while fewer than {@value #WRITES_IN_FLIGHT} writes are in flight, so slow commits make the next group
     * larger instead of holding up the sending; at most {@value #UNRECORDED_AT_MOST} unrecorded per thread, which is what a crash can repeat.
     * The lease is renewed as the batch goes on, and what this worker no longer holds is left alone: rows whose lease
     * another worker took, and all of them once this instance's heartbeat is late (the others may take them back).
     */
    <P> void deliverBatch(ChannelAdapter<P> adapter, long holder, List<Delivery> batch, Recording recording) {
        if (batch.isEmpty()) {
            return;
        }
        Instant leaseUntil = batch.get(0).leaseUntil();
        Map<Long, NotificationMessage> byId = messagesOf(batch);
        P prepared = adapter.prepare(batch, byId);
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < batch.size(); i++) {
            if (clock.instant().isAfter(leaseUntil.minus(lease.dividedBy(2)))) {
                List<Long> rest = batch.subList(i, batch.size()).stream().map(Delivery::id).toList();
                Instant renewed = clock.instant().plus(lease);
                if (deliveries.renewLease(rest, leaseUntil, renewed) < rest.size()) {
                    LOG.warn("Lost the lease on part of a {} batch; leaving the rest to whoever holds it", adapter.channel());
                    break;
                }
                leaseUntil = renewed;
            }
            foreground.stepAside();
            if (!instances.holds(holder)) {
                LOG.warn("This instance's delivery heartbeat is late; leaving the rest of a {} batch to the others",
                        adapter.channel());
                break;
            }
            Delivery delivery = batch.get(i);
            send(adapter, delivery, byId.get(delivery.messageId()), prepared, outcomes, recording.journal);
            if (outcomes.due() && recording.ready(outcomes.size())) {
                recording.start(adapter, outcomes);
                outcomes = new Outcomes();
            }
        }
        // The batch's last outcomes are written while the next batch is claimed and sent.
        recording.finish();
        recording.start(adapter, outcomes);
    }

    /** The batch's messages, from those seen lately (a fan-out's batches share one) or else in one query. */
    private Map<Long, NotificationMessage> messagesOf(List<Delivery> batch) {
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

    private <P> void send(ChannelAdapter<P> adapter, Delivery delivery, NotificationMessage message, P prepared,
                          Outcomes outcomes, SentJournal.Writer sentJournal) {
        CircuitBreaker breaker = breakers.circuitBreaker(adapter.channel() + " " + adapter.endpoint(delivery, message));
        if (!breaker.tryAcquirePermission()) {
            outcomes.deferred.add(delivery.id());
            return;
        }
        long started = System.nanoTime();
        try {
            String externalId = adapter.send(delivery, message, prepared);
            sentJournal.sent(delivery.id(), clock.instant(), externalId);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            if (externalId == null) {
                outcomes.sent.add(delivery);
            } else {
                outcomes.sentAs.put(delivery, externalId);
            }
        } catch (DeliveryFailure failure) {
            if (failure.untried()) {
                // Waiting its turn (a thread's earlier tweet is not out): not an attempt, not the endpoint's fault.
                breaker.releasePermission();
                outcomes.failed.add(new Failed(delivery, failure));
                return;
            }
            if (failure.permanent()) {
                // The far end answered, and clearly: that says nothing bad about its health.
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } else {
                breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
            }
            outcomes.failed.add(new Failed(delivery, failure));
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            outcomes.failed.add(new Failed(delivery, DeliveryFailure.retry(String.valueOf(e.getMessage()), e)));
        }
    }

    /** Marks sent, in groups, what the journal of a killed process says it sent. */
    private void recordJournaled(List<SentJournal.Entry> entries) {
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

    private void record(ChannelAdapter<?> adapter, Outcomes outcomes) {
        Channel channel = adapter.channel();
        Instant now = clock.instant();
        if (!outcomes.sent.isEmpty()) {
            untilNoDeadlock(() -> deliveries.markSent(outcomes.sent.stream().map(Delivery::id).toList(), now));
        }
        outcomes.sentAs.forEach((delivery, externalId) ->
                untilNoDeadlock(() -> deliveries.markSentAs(delivery.id(), externalId, now)));
        metrics.count(channel, "sent", outcomes.sent.size() + outcomes.sentAs.size());
        if (!outcomes.deferred.isEmpty()) {
            untilNoDeadlock(() -> deliveries.defer(outcomes.deferred, now.plus(firstRetry),
                    "Not tried: too many recent failures at this endpoint (circuit open)"));
            metrics.count(channel, "deferred", outcomes.deferred.size());
        }
        Map<Delivery, DeliveryFailure> failedForGood = new LinkedHashMap<>();
        for (Failed failed : outcomes.failed) {
            if (failed.failure().untried()) {
                untilNoDeadlock(() -> deliveries.defer(List.of(failed.delivery().id()), failed.failure().notBefore(),
                        failed.failure().getMessage()));
                metrics.count(channel, "deferred", 1);
                continue;
            }
            int attempt = failed.delivery().attempts() + 1;
            DeliveryFailure failure = failed.failure();
            boolean giveUp = failure.permanent() || attempt >= maxAttempts;
            Instant next = failure.notBefore() != null ? failure.notBefore() : now.plus(backoff(attempt));
            untilNoDeadlock(() -> deliveries.markFailed(failed.delivery().id(),
                    (giveUp ? DeliveryState.FAILED : DeliveryState.RETRYING).name(), next, trim(String.valueOf(failure.getMessage()))));
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

    /** 30 s, 1 min, 2 min, … capped at an hour, each ±20 % so that retries of one outage spread out. */
    Duration backoff(int attempt) {
        long base = Math.min(firstRetry.toMillis() << Math.min(attempt - 1, 20), Duration.ofHours(1).toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base * jitter));
    }

    private static String trim(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    private record Failed(Delivery delivery, DeliveryFailure failure) {
    }

    /**
     * A thread's outcome writes, up to {@value #WRITES_IN_FLIGHT} in flight (group commit): a group starts as soon as it
     * is due while fewer are in flight, so what a crash may repeat is about one write's latency of sending rather than
     * two; sending waits only when {@value #UNRECORDED_AT_MOST} would be unrecorded.
     */
    private final class Recording {
        private final ArrayDeque<Write> inFlight = new ArrayDeque<>();
        /** What this thread sent, each noted at once; emptied only when all of it is recorded. */
        final SentJournal.Writer journal;

        Recording(SentJournal.Writer journal) {
            this.journal = journal;
        }

        /** Whether a group of this many may start now, after waiting if the thread holds too many unrecorded. */
        boolean ready(int pending) {
            while (!inFlight.isEmpty() && inFlight.peekFirst().write().isDone()) {
                inFlight.pollFirst().write().join();
            }
            if (inFlight.size() < WRITES_IN_FLIGHT) {
                return true;
            }
            int unrecorded = pending + inFlight.stream().mapToInt(Write::size).sum();
            if (unrecorded < UNRECORDED_AT_MOST) {
                return false;
            }
            inFlight.pollFirst().write().join();
            return true;
        }

        void start(ChannelAdapter<?> adapter, Outcomes outcomes) {
            if (outcomes.size() > 0) {
                inFlight.addLast(new Write(CompletableFuture.runAsync(() -> record(adapter, outcomes), database),
                        outcomes.size()));
            }
        }

        /** Waits for the writes in flight, and empties the journal: to be called only with no outcomes gathering. */
        void settle() {
            finish();
            journal.clear();
        }

        /** Waits for the writes in flight; rethrows the first failure. */
        void finish() {
            RuntimeException failure = null;
            while (!inFlight.isEmpty()) {
                try {
                    inFlight.pollFirst().write().join();
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private record Write(CompletableFuture<Void> write, int size) {
    }

    private static final class Outcomes {
        final List<Delivery> sent = new ArrayList<>();
        final Map<Delivery, String> sentAs = new LinkedHashMap<>();
        final List<Long> deferred = new ArrayList<>();
        final List<Failed> failed = new ArrayList<>();
        final long gathering = System.nanoTime();

        int size() {
            return sent.size() + sentAs.size() + deferred.size() + failed.size();
        }

        /** Whether the group is ready to be written (once a write may start). */
        boolean due() {
            return size() >= RECORD_EVERY || size() > 0 && System.nanoTime() - gathering >= RECORD_WITHIN.toNanos();
        }
    }
}
