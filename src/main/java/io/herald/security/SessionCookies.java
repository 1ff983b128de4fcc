package io.herald.security;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;

/** HttpOnly, SameSite=Lax, and Secure when Herald is served over HTTPS (HERALD_COOKIE_SECURE). */
@Singleton
class SessionCookies {

    private final SecuritySettings settings;

    SessionCookies(SecuritySettings settings) {
        this.settings = settings;
    }

    Cookie session(String token) {
        return cookie(SecuritySettings.SESSION_COOKIE, token, settings.sessionLength());
    }

    Cookie cleared() {
        return cookie(SecuritySettings.SESSION_COOKIE, "", Duration.ZERO);
    }

    Cookie cookie(String name, String value, Duration maxAge) {
        return Cookie.of(name, value).path("/").httpOnly(true).secure(settings.cookieSecure())
                .sameSite(SameSite.Lax).maxAge(maxAge);
    }
}
