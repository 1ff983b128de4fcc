package io.herald.notification.progress;

import io.herald.notification.Source;
import io.herald.notification.delivery.DeliverySignal;

import io.herald.notification.Channel;
import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Puts an announcement's failed deliveries back in the queue (after the comms role fixed the cause), audited. */
@Singleton
public class RetryFailedDeliveries {

    private final DeliveryProgressRepository progress;
    private final DeliverySignal signal;
    private final RecordAudit audit;
    private final Clock clock;

    RetryFailedDeliveries(DeliveryProgressRepository progress, DeliverySignal signal, RecordAudit audit, Clock clock) {
        this.progress = progress;
        this.signal = signal;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns how many deliveries were queued again. */
    @Transactional
    public int retry(Source source, Actor actor) {
        int requeued = progress.requeueFailed(source.key(), clock.instant());
        if (requeued > 0) {
            audit.record(actor, "delivery.retry", source.key(), requeued + " failed deliveries queued again");
            for (Channel channel : Channel.values()) {
                signal.wake(channel);
            }
        }
        return requeued;
    }
}
