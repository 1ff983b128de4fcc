package io.herald.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Accepts a session token (from the cookie only), an API token, or the bootstrap token. The database
 * lookup runs off the event loop.
 */
@Singleton
class HeraldTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final AuthenticateToken authenticate;
    private final Scheduler blocking;

    HeraldTokenValidator(AuthenticateToken authenticate, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.authenticate = authenticate;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        boolean fromCookie = request != null && request.getCookies().findCookie(SecuritySettings.SESSION_COOKIE)
                .map(cookie -> cookie.getValue().equals(token)).orElse(false);
        return Mono.fromCallable(() -> fromCookie ? authenticate.session(token) : authenticate.bearer(token))
                .flatMap(Mono::justOrEmpty)
                .subscribeOn(blocking);
    }

    static Optional<String> csrfToken(Authentication authentication) {
        return Optional.ofNullable((String) authentication.getAttributes().get(AuthenticateToken.CSRF_ATTRIBUTE));
    }
}
