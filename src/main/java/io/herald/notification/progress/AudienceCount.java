package io.herald.notification.progress;

import io.micronaut.serde.annotation.Serdeable;

/** Who a public update about some components would reach, before it is posted. */
@Serdeable
public record AudienceCount(long emailSubscribers, long webhookSubscribers, long chatChannels, boolean twitter) {
}
