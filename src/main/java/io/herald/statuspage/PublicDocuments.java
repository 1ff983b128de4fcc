package io.herald.statuspage;

import io.herald.system.SiteRevision;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The public documents as served, rendered once per change rather than per request. A change on this
 * instance re-renders right after it commits; a change by another instance is seen by polling the
 * site revision. When the database is unreachable the last good documents keep being served.
 */
@Context
class PublicDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(PublicDocuments.class);

    private final LoadPublicSnapshot loadSnapshot;
    private final RenderPublicDocuments render;
    private final SiteRevision revision;
    private final AtomicReference<Map<String, CachedDocument>> documents = new AtomicReference<>(Map.of());
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> new Thread(r, "public-render"));
    private volatile long renderedRevision = -1;
    private volatile boolean failing;

    PublicDocuments(LoadPublicSnapshot loadSnapshot, RenderPublicDocuments render, SiteRevision revision) {
        this.loadSnapshot = loadSnapshot;
        this.render = render;
        this.revision = revision;
        refreshIfChanged();
    }

    Optional<CachedDocument> get(String path) {
        return Optional.ofNullable(documents.get().get(path));
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChange(SiteRevision.SiteRevisionBumped bumped) {
        renderer.execute(this::refreshIfChanged);
    }

    @Scheduled(fixedDelay = "${herald.refresh-interval:250ms}", initialDelay = "1s")
    void poll() {
        renderer.execute(this::refreshIfChanged);
    }

    private synchronized void refreshIfChanged() {
        try {
            if (revision.current().number() == renderedRevision) {
                return;
            }
            PublicSnapshot snapshot = loadSnapshot.load();
            documents.set(Map.copyOf(render.render(snapshot)));
            renderedRevision = snapshot.revision().number();
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
