package io.herald.notification.progress;

import io.micronaut.core.annotation.Introspected;

/** How many deliveries of one channel are in one state. */
@Introspected
public record StateCount(String channel, String state, long deliveries) {
}
