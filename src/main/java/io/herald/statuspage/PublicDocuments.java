package io.herald.statuspage;

import io.herald.system.SiteRevision;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The public documents as served, rendered once per change rather than per request. A change on this
 * instance re-renders right after it commits; a change by another instance is seen by polling the
 * site revision. When the database is unreachable the last good documents keep being served.
 */
@Context
class PublicDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(PublicDocuments.class);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final LoadPublicSnapshot loadSnapshot;
    private final RenderPublicDocuments render;
    private final SiteRevision revision;
    private final AtomicReference<Map<String, CachedDocument>> documents = new AtomicReference<>(Map.of());
    // One thread renders, so renders never overlap; it also polls for other instances' changes.
    private final ScheduledExecutorService renderer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "public-render");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long renderedRevision = -1;
    private volatile long renderedAtNanos;
    private volatile boolean failing;

    PublicDocuments(LoadPublicSnapshot loadSnapshot, RenderPublicDocuments render, SiteRevision revision,
                    @Value("${herald.refresh-interval:250ms}") Duration pollInterval) {
        this.loadSnapshot = loadSnapshot;
        this.render = render;
        this.revision = revision;
        refreshIfChanged();
        renderer.scheduleWithFixedDelay(this::refreshIfChanged, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    Optional<CachedDocument> get(String path) {
        return Optional.ofNullable(documents.get().get(path));
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChange(SiteRevision.SiteRevisionBumped bumped) {
        if (!renderer.isShutdown()) {
            renderer.execute(this::refreshIfChanged);
        }
    }

    private synchronized void refreshIfChanged() {
        try {
            // Uptime bars and "next update by" age with the clock, so re-render now and then even without changes.
            boolean stale = System.nanoTime() - renderedAtNanos > MAX_AGE.toNanos();
            if (revision.current().number() == renderedRevision && !stale) {
                return;
            }
            PublicSnapshot snapshot = loadSnapshot.load();
            documents.set(Map.copyOf(render.render(snapshot)));
            renderedRevision = snapshot.revision().number();
            renderedAtNanos = System.nanoTime();
            if (failing) {
                LOG.info("Public documents are fresh again (revision {})", renderedRevision);
                failing = false;
            }
        } catch (RuntimeException e) {
            // Keep serving the last good documents; say so once, not every poll.
            if (!failing) {
                LOG.warn("Could not refresh the public documents; serving the last good ones", e);
                failing = true;
            }
        }
    }

    @PreDestroy
    void stop() {
        renderer.shutdownNow();
    }
}
