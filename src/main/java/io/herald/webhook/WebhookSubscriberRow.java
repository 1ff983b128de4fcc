package io.herald.webhook;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A webhook subscriber as the admin page lists it. The URL shows only its scheme and host (and that it has a path):
 * receivers often keep a secret in the path, and the page is seen by every admin.
 */
public record WebhookSubscriberRow(long id, String shownUrl, String state, String components, int failureStreak,
                                   @Nullable String disabledReason, Instant createdAt) {

    static WebhookSubscriberRow of(WebhookSubscriber s, List<String> componentNames) {
        String state = s.unsubscribedAt() != null ? "unsubscribed" : s.disabledAt() != null ? "disabled"
                : s.confirmedAt() == null ? "pending" : "active";
        return new WebhookSubscriberRow(s.id(), shown(s.url()), state,
                s.allComponents() || componentNames.isEmpty() ? "All components" : String.join(", ", componentNames),
                s.failureStreak(), s.disabledReason(), s.createdAt());
    }

    static String shown(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/") ? "" : "/…";
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
        } catch (IllegalArgumentException e) {
            return "(an address Herald cannot read)";
        }
    }

    public boolean disabled() {
        return "disabled".equals(state);
    }
}
