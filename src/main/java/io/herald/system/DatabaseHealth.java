package io.herald.system;

import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database, as /health reports it. Herald keeps serving its status page while the database is out of reach, so
 * that is DEGRADED (answered with 200), not DOWN: a DOWN here would fail the readiness probe and take every replica
 * out of service exactly when the page is needed most. The details say "database": "down" for monitoring.
 */
@Singleton
class DatabaseHealth implements HealthIndicator {

    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED",
            "serving the last saved status page; the database cannot be reached", true, 500);

    private final DataSource dataSource;
    private final DatabaseSchema schema;

    // The pool itself, not Micronaut Data's transaction-bound view of it: this check runs outside any transaction.
    DatabaseHealth(DataSource dataSource, DataSourceResolver resolver, DatabaseSchema schema) {
        this.dataSource = resolver.resolve(dataSource);
        this.schema = schema;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    private HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = reachable();
        details.put("database", up ? "up" : "down");
        details.put("schema", schema.ready() ? "migrated" : "not yet migrated");
        return HealthResult.builder("database", up && schema.ready() ? HealthStatus.UP : DEGRADED).details(details).build();
    }

    private boolean reachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
