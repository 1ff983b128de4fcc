package io.herald.notification.progress;

import io.herald.notification.Source;

import jakarta.inject.Singleton;

/** The progress of an announcement's deliveries: two grouped queries, whatever the audience's size. */
@Singleton
public class LoadDeliveryProgress {

    /** Failures listed at the most; the counts cover them all. */
    public static final int FAILURES_SHOWN = 100;

    private final DeliveryProgressRepository progress;

    LoadDeliveryProgress(DeliveryProgressRepository progress) {
        this.progress = progress;
    }

    public DeliveryProgress load(Source source) {
        return DeliveryProgress.of(progress.countByState(source.key()), progress.failures(source.key(), FAILURES_SHOWN),
                progress.retrying(source.key(), FAILURES_SHOWN));
    }
}
