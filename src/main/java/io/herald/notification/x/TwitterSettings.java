package io.herald.notification.x;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The X (Twitter) account updates are tweeted from, with OAuth 1.0a user-context keys: HERALD_TWITTER_API_URL,
 * _CONSUMER_KEY, _CONSUMER_SECRET, _ACCESS_TOKEN, _ACCESS_TOKEN_SECRET, _ENABLED and _TIMEOUT.
 */
@ConfigurationProperties("herald.twitter")
public record TwitterSettings(@Bindable(defaultValue = "https://api.x.com") String apiUrl,
                              @Nullable String consumerKey, @Nullable String consumerSecret,
                              @Nullable String accessToken, @Nullable String accessTokenSecret,
                              @Bindable(defaultValue = "true") boolean enabled,
                              @Bindable(defaultValue = "10s") Duration timeout) {

    public TwitterSettings {
        apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    }

    /** Switched on and all four keys given. */
    public boolean configured() {
        return enabled && present(consumerKey) && present(consumerSecret) && present(accessToken)
                && present(accessTokenSecret);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
