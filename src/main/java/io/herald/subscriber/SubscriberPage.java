package io.herald.subscriber;

import java.time.Instant;
import java.util.List;

/**
 * What the subscribers admin page shows: one page of the list or of a search by address, the counts by state,
 * the suppressed addresses, and the import limit the upload form states.
 */
public record SubscriberPage(String query, int page, int pages, long matching, List<Row> rows, Counts counts,
                             List<Suppression> suppressions, long importMaxBytes, String zone) {

    /** {@code components}: their names, or "all". {@code state}: confirmed, pending, unsubscribed or suppressed. */
    public record Row(long id, String email, String components, String state, Instant createdAt) {
    }

    public record Counts(long confirmed, long pending, long unsubscribed, long suppressed) {
    }

    /** The import limit as the form states it, e.g. "5 MB". */
    public String importLimit() {
        return importMaxBytes % (1 << 20) == 0 ? (importMaxBytes >> 20) + " MB"
                : importMaxBytes % (1 << 10) == 0 ? (importMaxBytes >> 10) + " KB" : importMaxBytes + " bytes";
    }
}
