package io.herald.subscriber;

import io.herald.audit.RecordAudit;
import io.herald.subscriber.Subscribe.SubscriptionRequested;
import io.herald.system.Actor;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;

/**
 * An admin's CSV import. All or nothing: with an invalid row and no skip_invalid, nothing is written. Suppressed
 * and unsubscribed addresses are left out (an import never overrides an opt-out). Without confirmed, new
 * addresses get the double opt-in mail like a form subscription. Rows are written a chunk per statement, so a
 * hundred thousand take seconds.
 */
@Singleton
public class ImportSubscribers {

    private static final int CHUNK = 1000;

    private final SubscriberRepository subscribers;
    private final SuppressionRepository suppressions;
    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<SubscriptionRequested> events;
    private final RecordAudit audit;
    private final SubscriberSettings settings;
    private final Clock clock;

    ImportSubscribers(SubscriberRepository subscribers, SuppressionRepository suppressions, JdbcOperations jdbc,
                      ApplicationEventPublisher<SubscriptionRequested> events, RecordAudit audit,
                      SubscriberSettings settings, Clock clock) {
        this.subscribers = subscribers;
        this.suppressions = suppressions;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public record Options(boolean confirmed, boolean skipInvalid) {
    }

    @Transactional
    public ImportReport importCsv(byte[] file, Options options, Actor actor) {
        if (file.length > settings.importMaxBytes()) {
            throw new ImportTooLargeException("The file is " + file.length + " bytes; the import limit"
                    + " (herald.subscribers.import-max-bytes) is " + settings.importMaxBytes() + " bytes; split it");
        }
        var parsed = SubscriberCsv.parse(new String(file, java.nio.charset.StandardCharsets.UTF_8),
                new CsvComponents(subscribers.componentNames().stream().collect(Collectors.toMap(
                        SubscriberRepository.ComponentName::id, SubscriberRepository.ComponentName::name))),
                settings.importMaxRows());
        List<ImportReport.Row> rows = new ArrayList<>(parsed.problems());
        if (parsed.invalid() > 0 && !options.skipInvalid()) {
            return report(true, parsed.invalid() + (parsed.invalid() == 1 ? " row is" : " rows are")
                    + " invalid; nothing was imported (fix them, or import with skip_invalid=true)", 0, 0, 0,
                    parsed.skipped(), parsed.invalid(), rows);
        }
        Instant now = clock.instant();
        int imported = 0;
        int confirmed = 0;
        int unchanged = 0;
        int skipped = parsed.skipped();
        List<SubscriberCsv.Entry> entries = parsed.entries();
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<SubscriberCsv.Entry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            List<String> emails = chunk.stream().map(SubscriberCsv.Entry::email).toList();
            Map<String, Subscriber> existing = new HashMap<>();
            subscribers.findByEmailIn(emails).forEach(s -> existing.put(s.email(), s));
            Map<String, Suppression> suppressed = new HashMap<>();
            suppressions.findByEmailIn(emails).forEach(s -> suppressed.put(s.email(), s));
            List<SubscriberCsv.Entry> fresh = new ArrayList<>();
            List<Long> toConfirm = new ArrayList<>();
            for (SubscriberCsv.Entry entry : chunk) {
                Subscriber old = existing.get(entry.email());
                Suppression suppression = suppressed.get(entry.email());
                String skip = suppression != null ? "is suppressed (" + suppression.reason() + ")"
                        : old != null && old.unsubscribedAt() != null ? "unsubscribed on " + old.unsubscribedAt()
                        : null;
                if (skip != null) {
                    skipped++;
                    rows.add(new ImportReport.Row(entry.row(), entry.email(), "email", "skipped",
                            "row " + entry.row() + ": " + entry.email() + " " + skip + "; skipped"));
                } else if (old == null) {
                    fresh.add(entry);
                } else if (old.confirmedAt() == null && options.confirmed()) {
                    toConfirm.add(old.id());
                } else {
                    unchanged++;
                }
            }
            insert(fresh, options.confirmed(), now);
            imported += fresh.size();
            if (!toConfirm.isEmpty()) {
                subscribers.confirmAll(toConfirm, now);
                confirmed += toConfirm.size();
            }
        }
        audit.record(actor, "subscriber.import", "subscribers", imported + " imported, " + confirmed + " confirmed, "
                + skipped + " skipped, " + parsed.invalid() + " invalid");
        return report(false, imported + " imported, " + confirmed + " confirmed, " + unchanged + " already subscribed, "
                + skipped + " skipped, " + parsed.invalid() + " invalid", imported, confirmed, unchanged, skipped,
                parsed.invalid(), rows);
    }

    private static ImportReport report(boolean rejected, String message, int imported, int confirmed, int unchanged,
                                       int skipped, int invalid, List<ImportReport.Row> rows) {
        List<ImportReport.Row> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(a.row(), b.row()));
        List<ImportReport.Row> listed = sorted.size() > ImportReport.MAX_LISTED
                ? sorted.subList(0, ImportReport.MAX_LISTED) : sorted;
        String more = sorted.size() > listed.size() ? " (the first " + listed.size() + " rows of "
                + sorted.size() + " with remarks are listed)" : "";
        return new ImportReport(message + more, rejected, imported, confirmed, unchanged, skipped, invalid,
                Collections.unmodifiableList(new ArrayList<>(listed)));
    }

    /** One multi-row INSERT for the chunk, then its components, then (unconfirmed) their opt-in mails. */
    private void insert(List<SubscriberCsv.Entry> fresh, boolean confirmed, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        Connection connection = jdbc.getConnection();
        Timestamp at = Timestamp.from(now);
        String values = String.join(",", Collections.nCopies(fresh.size(), "(?, ?, ?, ?, ?)"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO subscriber"
                + " (email, token, all_components, created_at, confirmed_at) VALUES " + values)) {
            int i = 1;
            for (SubscriberCsv.Entry entry : fresh) {
                insert.setString(i++, entry.email());
                insert.setString(i++, Subscribe.newToken());
                insert.setBoolean(i++, entry.components().isEmpty());
                insert.setTimestamp(i++, at);
                insert.setTimestamp(i++, confirmed ? at : null);
            }
            insert.executeUpdate();
            Map<String, Long> ids = ids(connection, fresh);
            List<long[]> pairs = new ArrayList<>();
            fresh.forEach(entry -> entry.components().forEach(c -> pairs.add(new long[]{ids.get(entry.email()), c})));
            if (!pairs.isEmpty()) {
                try (PreparedStatement components = connection.prepareStatement("INSERT INTO subscriber_component"
                        + " (subscriber_id, component_id) VALUES " + String.join(",", Collections.nCopies(pairs.size(), "(?, ?)")))) {
                    int j = 1;
                    for (long[] pair : pairs) {
                        components.setLong(j++, pair[0]);
                        components.setLong(j++, pair[1]);
                    }
                    components.executeUpdate();
                }
            }
            if (!confirmed) {
                fresh.forEach(entry -> events.publishEvent(new SubscriptionRequested(ids.get(entry.email()), entry.email())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write imported subscribers", e);
        }
    }

    private static Map<String, Long> ids(Connection connection, List<SubscriberCsv.Entry> fresh) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String marks = String.join(",", Collections.nCopies(fresh.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT id, email FROM subscriber WHERE email IN (" + marks + ")")) {
            int i = 1;
            for (SubscriberCsv.Entry entry : fresh) {
                select.setString(i++, entry.email());
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.put(result.getString(2), result.getLong(1));
                }
            }
        }
        return ids;
    }
}
