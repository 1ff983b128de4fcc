package io.herald.notification.delivery;

import io.herald.notification.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code herald_deliveries_total{channel, outcome}} in Prometheus: outcome is sent, retrying (failed, will be
 * tried again), failed (for good) or deferred (not tried: the endpoint's circuit was open).
 */
final class DeliveryMetrics {

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(Channel channel, String outcome, int n) {
        if (n == 0) {
            return;
        }
        String channelName = channel.name().toLowerCase();
        counters.computeIfAbsent(channelName + "/" + outcome, key -> Counter.builder("herald.deliveries")
                .description("Deliveries by channel and outcome").tag("channel", channelName).tag("outcome", outcome)
                .register(meters)).increment(n);
    }
}
