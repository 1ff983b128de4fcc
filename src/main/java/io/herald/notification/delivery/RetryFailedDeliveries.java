package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.herald.notification.progress.DeliveryProgressRepository;
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
    public int retry(String source, Actor actor) {
        int requeued = progress.requeueFailed(source, clock.instant());
        if (requeued > 0) {
            audit.record(actor, "delivery.retry", source, requeued + " failed deliveries queued again");
            for (Channel channel : Channel.values()) {
                signal.wake(channel);
            }
        }
        return requeued;
    }
}
