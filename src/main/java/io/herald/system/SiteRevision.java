package io.herald.system;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * The version of everything the public sees. A use-case that changes public content bumps it in
 * its own transaction; instances re-render their cached pages when it moves (see PublicDocuments).
 */
@Singleton
public class SiteRevision {

    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<SiteRevisionBumped> events;

    SiteRevision(JdbcOperations jdbc, ApplicationEventPublisher<SiteRevisionBumped> events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void bump() {
        jdbc.prepareStatement("UPDATE site_revision SET revision = revision + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1",
                statement -> statement.executeUpdate());
        events.publishEvent(new SiteRevisionBumped());
    }

    @Transactional
    public Revision current() {
        return jdbc.prepareStatement("SELECT revision, changed_at FROM site_revision WHERE id = 1", statement -> {
            try (var rs = statement.executeQuery()) {
                rs.next();
                return new Revision(rs.getLong(1), rs.getTimestamp(2).toInstant());
            }
        });
    }

    public record Revision(long number, Instant changedAt) {
    }

    /** Published inside the transaction; listeners act after it commits. */
    public record SiteRevisionBumped() {
    }
}
