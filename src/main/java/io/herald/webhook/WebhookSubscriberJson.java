package io.herald.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.herald.system.Timestamps;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A webhook subscriber in the admin API. The signing secret appears once, in the answer that creates it. */
@Serdeable
record WebhookSubscriberJson(String id, String url, boolean allComponents, List<String> components,
                             String createdAt, @Nullable String confirmedAt, @Nullable String unsubscribedAt,
                             int failureStreak, @Nullable String disabledAt, @Nullable String disabledReason,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secret) {

    static WebhookSubscriberJson of(WebhookSubscriber s, List<Long> components, boolean withSecret) {
        return new WebhookSubscriberJson(String.valueOf(s.id()), s.url(), s.allComponents(),
                components.stream().map(String::valueOf).toList(), Timestamps.iso(s.createdAt()),
                Timestamps.iso(s.confirmedAt()), Timestamps.iso(s.unsubscribedAt()), s.failureStreak(),
                Timestamps.iso(s.disabledAt()), s.disabledReason(), withSecret ? s.secret() : null);
    }
}
