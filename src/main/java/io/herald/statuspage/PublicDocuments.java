package io.herald.statuspage;

import io.herald.system.AdminNotices;
import io.herald.system.DatabaseSchema;
import io.herald.system.SiteRevision;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The public documents as served, rendered once per change rather than per request. A change on this
 * instance re-renders right after it commits; a change by another instance is seen by polling the
 * site revision. When the database is unreachable the last good documents keep being served, also after a
 * restart (they are saved to the data directory after each render).
 */
@Context
class PublicDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(PublicDocuments.class);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    static final String NOTICE = "public-documents";

    private final LoadPublicSnapshot loadSnapshot;
    private final RenderPublicDocuments render;
    private final SiteRevision revision;
    private final SavedDocuments saved;
    private final AdminNotices notices;
    private final DatabaseSchema schema;
    private final Clock clock;
    private final AtomicReference<Map<String, CachedDocument>> documents = new AtomicReference<>(Map.of());
    // One thread renders, so renders never overlap; it also polls for other instances' changes.
    private final ScheduledExecutorService renderer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "public-render");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long renderedRevision = -1;
    private volatile long renderedAtNanos;
    /** The soonest promised "next update by" still ahead at the last render: the page must change then. */
    private volatile Instant nextPromiseDue;
    private volatile boolean failing;
    private Set<String> failedPaths = Set.of();

    PublicDocuments(LoadPublicSnapshot loadSnapshot, RenderPublicDocuments render, SiteRevision revision,
                    SavedDocuments saved, AdminNotices notices, DatabaseSchema schema, Clock clock,
                    @Value("${herald.refresh-interval:250ms}") Duration pollInterval) {
        this.clock = clock;
        this.loadSnapshot = loadSnapshot;
        this.render = render;
        this.revision = revision;
        this.saved = saved;
        this.notices = notices;
        this.schema = schema;
        // Until the first render, what was served last (before a restart) is the truest answer there is.
        documents.set(Map.copyOf(saved.load()));
        renderer.scheduleWithFixedDelay(this::refreshIfChanged, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    Optional<CachedDocument> get(String path) {
        return Optional.ofNullable(documents.get().get(path));
    }

    /** False while there is nothing at all to serve: never rendered, and no saved copy. */
    boolean any() {
        return !documents.get().isEmpty();
    }

    // Rendered here, before the server takes requests, when the database answers at start.
    @EventListener
    void onDatabaseReady(DatabaseSchema.Ready ready) {
        refreshIfChanged();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChange(SiteRevision.SiteRevisionBumped bumped) {
        if (!renderer.isShutdown()) {
            renderer.execute(this::refreshIfChanged);
        }
    }

    private synchronized void refreshIfChanged() {
        if (!schema.ready()) {
            return;
        }
        try {
            // Uptime bars age with the clock, so re-render now and then even without changes; and at once when a
            // promised "next update by" passes, so that the page never promises a time already gone.
            Instant due = nextPromiseDue;
            boolean stale = System.nanoTime() - renderedAtNanos > MAX_AGE.toNanos()
                    || due != null && !clock.instant().isBefore(due);
            if (revision.current().number() == renderedRevision && !stale) {
                return;
            }
            PublicSnapshot snapshot = loadSnapshot.load();
            DocumentSet rendered = render.render(snapshot);
            Map<String, CachedDocument> next = new HashMap<>(rendered.documents());
            // A document that failed keeps its last good version; the rest move on without it.
            Map<String, CachedDocument> previous = documents.get();
            rendered.failures().keySet().stream().filter(previous::containsKey)
                    .forEach(path -> next.put(path, previous.get(path)));
            documents.set(Map.copyOf(next));
            report(rendered.failures());
            saveQuietly(next);
            renderedRevision = snapshot.revision().number();
            renderedAtNanos = System.nanoTime();
            nextPromiseDue = snapshot.nextUpdates().values().stream().filter(snapshot.takenAt()::isBefore)
                    .min(Instant::compareTo).orElse(null);
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

    private void report(Map<String, RuntimeException> failures) {
        if (failures.keySet().equals(failedPaths)) {
            return;
        }
        failedPaths = Set.copyOf(failures.keySet());
        if (failures.isEmpty()) {
            LOG.info("Every public document renders again");
            notices.clear(NOTICE);
            return;
        }
        failures.forEach((path, e) -> LOG.error("The public document {} could not be rendered; it keeps its last good "
                + "version until it renders again", path, e));
        List<String> paths = failures.keySet().stream().sorted().limit(10).toList();
        notices.raise(NOTICE, "The public " + (failures.size() == 1 ? "document " : failures.size() + " documents ")
                + String.join(", ", paths) + (failures.size() > paths.size() ? ", …" : "")
                + " could not be updated and still show" + (failures.size() == 1 ? "s" : "")
                + " the last good version; everything else is current. Herald's log has the cause.");
    }

    private void saveQuietly(Map<String, CachedDocument> next) {
        try {
            saved.save(next);
        } catch (RuntimeException e) {
            LOG.warn("Could not save the public documents to disk; they are still served from memory", e);
        }
    }

    @PreDestroy
    void stop() {
        renderer.shutdownNow();
    }
}
