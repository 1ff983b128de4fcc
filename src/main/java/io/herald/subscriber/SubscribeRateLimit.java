package io.herald.subscriber;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caps subscribe requests per client address and per e-mail address in a sliding window, so the form
 * cannot be used to flood someone's inbox with confirmation mails. Kept per instance: a few replicas
 * multiply the cap by their number, which still stops a flood. The webhook form shares it, with the URL as address.
 */
@Singleton
public class SubscribeRateLimit {

    private final int perClient;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubscribeRateLimit(@Value("${herald.subscribe.limit-per-client:20}") int perClient,
                       @Value("${herald.subscribe.limit-per-address:3}") int perAddress,
                       @Value("${herald.subscribe.window:10m}") Duration window, Clock clock) {
        this.perClient = perClient;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Records the attempt and answers whether both the client and the address are within their limits. */
    public boolean allow(String client, String email) {
        boolean allowed = within("client:" + client, perClient);
        return within("email:" + email, perAddress) && allowed;
    }

    private boolean within(String key, int limit) {
        Instant now = clock.instant();
        if (recent.size() > 10_000) {
            forgetOlderThan(now.minus(window));
        }
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            times.addLast(now);
            return times.size() <= limit;
        }
    }

    // Many clients or addresses (a scan, a flood): drop those with nothing inside the window any more.
    private void forgetOlderThan(Instant cutoff) {
        recent.values().removeIf(times -> {
            synchronized (times) {
                return times.isEmpty() || times.peekLast().isBefore(cutoff);
            }
        });
    }
}
