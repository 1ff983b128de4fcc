package io.herald.notification.delivery;

import io.herald.notification.NotificationMessage;
import io.herald.system.DatabaseSchema;
import io.herald.system.ForegroundWork;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the queue: for each channel, {@link ChannelAdapter#concurrency()} threads per instance claim due
 * deliveries in batches ({@code FOR UPDATE SKIP LOCKED}, so instances and threads share the work and never
 * take the same row), hold them by a lease (a worker killed mid-batch leaves them to be taken again once it
 * runs out), send each through a circuit breaker kept per endpoint ({@link GuardedSend}), note each one sent in
 * the thread's {@link SentJournal} at once, and record the outcomes in the database in a few statements per batch
 * ({@link GroupCommit}). Channels run on threads of their own, so a slow one never holds up another.
 */
@Singleton
public class DeliveryWorker {

    /** A thread's journal of sent deliveries is emptied once this large, after its outcomes are all recorded. */
    static final long JOURNAL_AT_MOST = 4L << 20;
    /** Claims grow while batches come back full, up to this many times the adapter's batch size. */
    static final int LARGEST_CLAIM = 10;

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Claims claims;
    private final OutcomeWriter outcomeWriter;
    private final DeliveryRepository deliveries;
    private final DeliveryInstances instances;
    private final SentJournal journal;
    private final List<ChannelAdapter<?>> adapters;
    private final DeliverySignal signal;
    private final ForegroundWork foreground;
    private final GuardedSend sender;
    private final Duration interval;
    private final Duration lease;
    private final boolean enabled;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    /** Outcome writes and claims ahead, off the sending threads. */
    private final ExecutorService database = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "delivery-database");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryWorker(Claims claims, OutcomeWriter outcomeWriter, DeliveryRepository deliveries,
                   DeliveryInstances instances, SentJournal journal, List<ChannelAdapter<?>> adapters,
                   DeliverySignal signal, ForegroundWork foreground,
                   @Value("${herald.delivery.interval:200ms}") Duration interval,
                   @Value("${herald.delivery.lease:60s}") Duration lease,
                   @Value("${herald.delivery.breaker-open:30s}") Duration breakerOpen,
                   @Value("${herald.delivery.enabled:true}") boolean enabled, Clock clock) {
        this.claims = claims;
        this.outcomeWriter = outcomeWriter;
        this.deliveries = deliveries;
        this.instances = instances;
        this.journal = journal;
        this.adapters = adapters;
        this.signal = signal;
        this.foreground = foreground;
        this.interval = interval;
        this.lease = lease;
        this.enabled = enabled;
        this.clock = clock;
        this.sender = new GuardedSend(breakerOpen, clock);
    }

    @EventListener
    void start(DatabaseSchema.Ready ready) {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        // Before the first claim: what a killed process sent but had not recorded is marked sent, from its journal,
        // and then a restart takes back at once what the instance it replaces held, if that is dead.
        journal.takeOver(outcomeWriter::markJournaled);
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
            loop(adapter, new GroupCommit(outcomeWriter, database, sent));
        }
    }

    private void loop(ChannelAdapter<?> adapter, GroupCommit recording) {
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
                        batch = next != null ? next.join() : claims.claim(by, adapter.channel(), claimed);
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
        return CompletableFuture.supplyAsync(() -> claims.claim(holder, adapter.channel(), size), database);
    }

    /** On the way out, a batch claimed ahead goes back to the queue at once, rather than after its lease. */
    private void release(CompletableFuture<List<Delivery>> claimed) {
        if (claimed == null) {
            return;
        }
        try {
            claims.release(claimed.join().stream().map(Delivery::id).toList());
        } catch (RuntimeException e) {
            LOG.debug("Could not put back a batch claimed ahead; it goes again once its lease runs out", e);
        }
    }

    /**
     * Sends one claimed batch of the adapter's channel. Outcomes are recorded in groups while the next ones are sent
     * ({@link GroupCommit}), each group once {@link Outcomes#due() due}.
     * The lease is renewed as the batch goes on, and what this worker no longer holds is left alone: rows whose lease
     * another worker took, and all of them once this instance's heartbeat is late (the others may take them back).
     */
    <P> void deliverBatch(ChannelAdapter<P> adapter, long holder, List<Delivery> batch, GroupCommit recording) {
        if (batch.isEmpty()) {
            return;
        }
        Instant leaseUntil = batch.get(0).leaseUntil();
        Map<Long, NotificationMessage> byId = claims.messagesOf(batch);
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
            sender.send(adapter, delivery, byId.get(delivery.messageId()), prepared, outcomes, recording.journal);
            if (outcomes.due() && recording.ready(outcomes.size())) {
                recording.start(adapter, outcomes);
                outcomes = new Outcomes();
            }
        }
        // The batch's last outcomes are written while the next batch is claimed and sent.
        recording.finish();
        recording.start(adapter, outcomes);
    }

}
