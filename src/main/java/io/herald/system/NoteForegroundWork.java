package io.herald.system;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Tells {@link ForegroundWork} when a signed-in user sends a change (any method but GET, HEAD and OPTIONS). Runs after
 * the security filter, so anonymous requests (status page visitors, subscribe forms) never pause delivery.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class NoteForegroundWork {

    private final ForegroundWork foreground;

    NoteForegroundWork(ForegroundWork foreground) {
        this.foreground = foreground;
    }

    @RequestFilter
    void note(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS
                && request.getUserPrincipal().isPresent()) {
            foreground.began();
        }
    }
}
