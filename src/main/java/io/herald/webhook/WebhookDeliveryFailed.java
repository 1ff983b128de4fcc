package io.herald.webhook;

/**
 * A delivery to a webhook subscriber ended as failed: refused (a 4xx, a redirect) or out of attempts, with the
 * last error; {@code gone}: the receiver answered 410 Gone. Published by the webhook adapter once the outcome is
 * written, heard by {@link TrackWebhookFailures}.
 */
public record WebhookDeliveryFailed(long subscriberId, String error, boolean gone) {
}
