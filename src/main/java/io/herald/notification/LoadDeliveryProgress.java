package io.herald.notification;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The progress of an announcement's deliveries: two grouped queries, whatever the audience's size. */
@Singleton
public class LoadDeliveryProgress {

    static final int FAILURES_SHOWN = 100;

    private final DeliveryProgressRepository progress;

    LoadDeliveryProgress(DeliveryProgressRepository progress) {
        this.progress = progress;
    }

    public DeliveryProgress load(String source) {
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        for (StateCount count : progress.countByState(source)) {
            long[] counts = byChannel.computeIfAbsent(count.channel().toLowerCase(), c -> new long[4]);
            switch (DeliveryState.valueOf(count.state())) {
                case QUEUED, SENDING -> counts[0] += count.deliveries();
                case SENT -> counts[1] += count.deliveries();
                case RETRYING -> counts[2] += count.deliveries();
                case FAILED -> counts[3] += count.deliveries();
            }
        }
        List<DeliveryProgress.ChannelProgress> channels = byChannel.entrySet().stream()
                .map(e -> DeliveryProgress.ChannelProgress.of(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3])).toList();
        return new DeliveryProgress(channels, progress.failures(source, FAILURES_SHOWN));
    }
}
