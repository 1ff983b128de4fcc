package io.herald.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

@Singleton
class SecuritySettings {

    static final String SESSION_COOKIE = "herald_session";

    private final boolean cookieSecure;
    private final Duration sessionLength;
    private final String bootstrapToken;

    SecuritySettings(@Value("${herald.cookie-secure:false}") boolean cookieSecure,
                     @Value("${herald.session-hours:12}") int sessionHours,
                     @Value("${herald.bootstrap-token:}") String bootstrapToken) {
        this.cookieSecure = cookieSecure;
        this.sessionLength = Duration.ofHours(sessionHours);
        this.bootstrapToken = bootstrapToken;
    }

    boolean cookieSecure() {
        return cookieSecure;
    }

    Duration sessionLength() {
        return sessionLength;
    }

    String bootstrapToken() {
        return bootstrapToken;
    }
}
