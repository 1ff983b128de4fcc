package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This instance's identity among those that deliver, and the heartbeat that proves it alive. Claims carry the id
 * (delivery.claimed_by); every {@code herald.delivery.heartbeat} each instance beats and hands back to the queue the
 * leases of any instance whose heartbeat is {@value #STALE_BEATS} beats old, so that after a kill -9 the rows it held
 * go again within seconds rather than when their lease runs out. The check runs once per beat, off the claim path.
 *
 * <p>An instance that cannot beat (the database out of reach, a long pause) stops sending what it holds a beat
 * before the others may take it for dead, and comes back under a new id if they did: its old claims are theirs now.
 */
@Singleton
public class DeliveryInstances {

    /** Beats missed before an instance counts as dead: a slow beat or two is not death. */
    static final int STALE_BEATS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryInstances.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final DeliveryInstanceRepository instances;
    private final DeliveryRepository deliveries;
    private final Duration heartbeat;
    private final Clock clock;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "delivery-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    /** Registered under this id; 0 before the first registration. */
    private volatile long id;
    /** System.nanoTime() when the last beat that went through was sent (its heartbeat_at is no older). */
    private volatile long lastBeatSent;

    DeliveryInstances(DeliveryInstanceRepository instances, DeliveryRepository deliveries,
                      @Value("${herald.delivery.heartbeat:2s}") Duration heartbeat, Clock clock) {
        this.instances = instances;
        this.deliveries = deliveries;
        this.heartbeat = heartbeat;
        this.clock = clock;
    }

    /** Registers and hands back the leases of instances already dead, then beats on (the delivery threads' start). */
    void start() {
        beat();
        beats.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        beats.shutdownNow();
    }

    /** The id to claim under, while this instance's heartbeat is recent enough that nobody takes its claims. */
    OptionalLong holder() {
        long current = id;
        return current != 0 && holds(current) ? OptionalLong.of(current) : OptionalLong.empty();
    }

    /**
     * Whether rows claimed under this id are still this instance's to send: the id is current and the last beat is
     * less than {@value #STALE_BEATS} − 1 beats old (one beat short of when the others would take them back).
     */
    boolean holds(long claimedBy) {
        return claimedBy == id && System.nanoTime() - lastBeatSent < heartbeat.toNanos() * (STALE_BEATS - 1);
    }

    /** One beat: keeps this instance's row fresh (or registers anew), then looks for dead instances. */
    void beat() {
        try {
            long sent = System.nanoTime();
            if (id == 0 || instances.beat(id) == 0) {
                register(sent);
            }
            lastBeatSent = sent;
            releaseDead();
            lookAgainWhenLateOnesCountAsDead();
        } catch (RuntimeException e) {
            LOG.warn("Delivery heartbeat failed; trying again in {}", heartbeat, e);
        }
    }

    /**
     * An instance that has missed a beat may have died: look again the moment it would count as dead rather than at
     * the next beat, so that its work resumes {@value #STALE_BEATS} beats after its last one, not up to a beat later.
     */
    private void lookAgainWhenLateOnesCountAsDead() {
        long staleMicros = heartbeat.toNanos() / 1000 * STALE_BEATS;
        instances.silentFor(heartbeat.toNanos() / 1000).stream().mapToLong(Long::longValue).max().ifPresent(silent -> {
            long wait = staleMicros - silent + 1000;
            if (wait < heartbeat.toNanos() / 1000) {
                beats.schedule(this::releaseDeadQuietly, Math.max(wait, 0), TimeUnit.MICROSECONDS);
            }
        });
    }

    private void releaseDeadQuietly() {
        try {
            releaseDead();
        } catch (RuntimeException e) {
            LOG.warn("Taking back the leases of dead delivery instances failed; trying again at the next beat", e);
        }
    }

    private void register(long sent) {
        // Random rather than from the database, so that registering needs no read-back; 63 bits make a clash moot.
        long fresh = Math.max(1, IDS.nextLong() >>> 1);
        instances.register(fresh);
        if (id != 0) {
            LOG.warn("This instance's delivery heartbeat was late and the others took back its leases;"
                    + " delivering on as a new instance");
        }
        lastBeatSent = sent;
        id = fresh;
    }

    /**
     * Hands the leases of instances whose heartbeat is stale back to the queue (due now), and forgets those instances:
     * one that was only slow finds its row gone at its next beat, and so knows that its claims are no longer its own.
     * In one transaction: such a beat waits for the row's lock, so it cannot slip in between.
     */
    @Transactional
    void releaseDead() {
        List<Long> dead = instances.findStale(heartbeat.toNanos() / 1000 * STALE_BEATS);
        if (dead.isEmpty()) {
            return;
        }
        instances.forget(dead);
        List<String> channels = Arrays.stream(Channel.values()).map(Channel::name).toList();
        int released = deliveries.releaseLeasesOf(dead, channels, clock.instant());
        if (released > 0) {
            LOG.info("Took back {} deliveries leased by {} instance(s) whose heartbeat stopped", released, dead.size());
        }
    }
}
