package io.herald.subscriber;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * Limits of a CSV import: HERALD_SUBSCRIBERS_IMPORT_MAX_BYTES (5MB) and HERALD_SUBSCRIBERS_IMPORT_MAX_ROWS (200000).
 * Micronaut's own micronaut.server.max-request-size must stay above the byte limit, or big files get its answer.
 */
@ConfigurationProperties("herald.subscribers")
public record SubscriberSettings(@ReadableBytes @Bindable(defaultValue = "5MB") long importMaxBytes,
                                 @Bindable(defaultValue = "200000") int importMaxRows) {
}
