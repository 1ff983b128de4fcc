package io.herald.subscriber;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an import did: counts, and one line per row that was invalid (outcome "invalid") or left out on purpose
 * (outcome "skipped": suppressed, unsubscribed, or a repeat), with the column it is about ("email" or "components").
 * {@code rejected}: invalid rows and no skip_invalid, so nothing was imported.
 */
@Serdeable
public record ImportReport(String message, boolean rejected, int imported, int confirmed, int unchanged, int skipped,
                           int invalid, List<Row> rows) {

    /** At most this many rows are listed; the counts cover all. */
    static final int MAX_LISTED = 1000;

    @Serdeable
    public record Row(int row, String email, String field, String outcome, String error) {
    }
}
