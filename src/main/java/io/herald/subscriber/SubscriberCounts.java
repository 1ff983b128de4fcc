package io.herald.subscriber;

/** How many subscribers are in each state, for the admin page's summary. */
public record SubscriberCounts(long active, long unconfirmed, long unsubscribed, long suppressed) {
}
