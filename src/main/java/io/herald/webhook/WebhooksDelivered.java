package io.herald.webhook;

import java.util.List;

/**
 * Receivers took deliveries (a 2xx): published by the webhook adapter once the outcomes are written, heard by
 * {@link TrackWebhookFailures}. Lives here, not in notification, so that the webhook package needs nothing of the
 * delivery pipeline.
 */
public record WebhooksDelivered(List<Long> subscriberIds) {
}
