package io.herald.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Reads the browser session token from its cookie (API clients send a bearer token instead). */
@Singleton
class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(SecuritySettings.SESSION_COOKIE).map(Cookie::getValue)
                .filter(value -> !value.isBlank());
    }
}
