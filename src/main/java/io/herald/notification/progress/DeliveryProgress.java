package io.herald.notification.progress;

import io.herald.notification.delivery.DeliveryState;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per channel, how an announcement's deliveries stand: queued (waiting or being sent), sent, retrying (failed at
 * least once, will try again) and failed (gave up); plus the failures themselves, for the comms role to act on, and
 * why the retrying ones failed so far, so that a bar that stalls says why.
 */
@Serdeable
public record DeliveryProgress(List<ChannelProgress> channels, List<FailedDelivery> failures,
                               List<RetryingDelivery> retries) {

    /** From the counts per channel and state, in the order the counts come. */
    public static DeliveryProgress of(List<StateCount> counts, List<FailedDelivery> failures) {
        return of(counts, failures, List.of());
    }

    /** The same, with the deliveries that wait for another try and why (the far end's answer). */
    public static DeliveryProgress of(List<StateCount> counts, List<FailedDelivery> failures,
                                      List<RetryingDelivery> retries) {
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        for (StateCount count : counts) {
            long[] tally = byChannel.computeIfAbsent(count.channel().toLowerCase(), c -> new long[4]);
            switch (DeliveryState.valueOf(count.state())) {
                case QUEUED, SENDING -> tally[0] += count.deliveries();
                case SENT -> tally[1] += count.deliveries();
                case RETRYING -> tally[2] += count.deliveries();
                case FAILED -> tally[3] += count.deliveries();
            }
        }
        return new DeliveryProgress(byChannel.entrySet().stream().map(e -> ChannelProgress.of(e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList(), failures, retries);
    }

    @Serdeable
    public record ChannelProgress(String channel, long queued, long sent, long retrying, long failed, long total) {

        static ChannelProgress of(String channel, long queued, long sent, long retrying, long failed) {
            return new ChannelProgress(channel, queued, sent, retrying, failed, queued + sent + retrying + failed);
        }
    }
}
