package io.herald.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings the database schema up to date (Flyway, {@code db/migration}) and says when it is. Herald starts even while
 * its database is out of reach — the status page is served from the last saved documents meanwhile — so migrating is
 * tried at start and then again every few seconds until it succeeds; {@link Ready} then tells the parts that need
 * the tables (first admin, delivery, rendering) to begin.
 */
@Singleton
public class DatabaseSchema {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSchema.class);
    private static final Duration RETRY = Duration.ofSeconds(3);

    private final String url;
    private final String username;
    private final String password;
    private final int connectTimeoutMillis;
    private final ApplicationEventPublisher<Ready> events;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "database-schema");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean ready;
    private volatile boolean warned;

    DatabaseSchema(@Value("${datasources.default.url}") String url,
                   @Value("${datasources.default.username:}") String username,
                   @Value("${datasources.default.password:}") String password,
                   @Value("${herald.db.connect-timeout:2000}") int connectTimeoutMillis,
                   ApplicationEventPublisher<Ready> events) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.events = events;
    }

    /** Published once, when the schema is up to date; the database answered then. */
    public record Ready() {
    }

    /** True once the schema is up to date (it may be out of reach again since). */
    public boolean ready() {
        return ready;
    }

    // The first try runs before the server takes requests, so a reachable database is migrated before anything asks.
    @EventListener
    void onStartup(StartupEvent event) {
        if (migrate()) {
            // A listener's failure here (e.g. a bad HERALD_ADMIN_PASSWORD) stops the start, naming the setting.
            events.publishEvent(new Ready());
            return;
        }
        retries.scheduleWithFixedDelay(() -> {
            if (!ready && migrate()) {
                retries.shutdown();
                try {
                    events.publishEvent(new Ready());
                } catch (RuntimeException e) {
                    LOG.error("Herald could not start its work on the database", e);
                }
            }
        }, RETRY.toMillis(), RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean migrate() {
        try {
            // Its own connection, without the pool's socket timeout: a migration of a large table may take long.
            Flyway.configure().dataSource(withConnectTimeout(url), username, password)
                    .locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            if (!warned) {
                LOG.warn("The database at {} cannot be reached or migrated ({}); serving the last saved status page and "
                        + "trying again every {} s", withoutCredentials(url), rootMessage(e), RETRY.toSeconds());
                warned = true;
            }
            return false;
        }
        if (warned) {
            LOG.info("The database answers again and its schema is up to date");
        }
        ready = true;
        return true;
    }

    private String withConnectTimeout(String jdbcUrl) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "connectTimeout=" + connectTimeoutMillis;
    }

    private static String withoutCredentials(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
