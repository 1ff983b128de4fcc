package io.herald.notification;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Per channel, how an announcement's deliveries stand: queued (waiting or being sent), sent, retrying (failed at
 * least once, will try again) and failed (gave up); plus the failures themselves, for the comms role to act on.
 */
@Serdeable
public record DeliveryProgress(List<ChannelProgress> channels, List<FailedDelivery> failures) {

    @Serdeable
    public record ChannelProgress(String channel, long queued, long sent, long retrying, long failed, long total) {

        static ChannelProgress of(String channel, long queued, long sent, long retrying, long failed) {
            return new ChannelProgress(channel, queued, sent, retrying, failed, queued + sent + retrying + failed);
        }
    }
}
