package io.herald.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Finds who a token belongs to: a live session, a usable API token, or the configured bootstrap token. */
@Singleton
class AuthenticateToken {

    static final String CSRF_ATTRIBUTE = "csrf";

    private final UserSessionRepository sessions;
    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final SecuritySettings settings;
    private final Clock clock;

    AuthenticateToken(UserSessionRepository sessions, AppUserRepository users, ApiTokenRepository tokens,
                      SecuritySettings settings, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Authentication> session(String token) {
        var now = clock.instant();
        return sessions.findById(Secrets.sha256(token))
                .filter(session -> session.expiresAt().isAfter(now))
                .flatMap(session -> users.findById(session.userId()).map(user ->
                        Authentication.build(user.email(), user.role().grantedNames(),
                                Map.of(CSRF_ATTRIBUTE, session.csrfToken(), "name", user.name()))));
    }

    // No transaction around it: the bootstrap token is checked without the database, so it still works (e.g. for
    // /health details) while the database is out of reach. The lookup and the last-use stamp each commit on their own.
    Optional<Authentication> bearer(String token) {
        String bootstrap = settings.bootstrapToken();
        if (!bootstrap.isBlank() && Secrets.sameSecret(bootstrap, token)) {
            return Optional.of(Authentication.build("bootstrap-token", Role.ADMIN.grantedNames()));
        }
        var now = clock.instant();
        return tokens.findByTokenHash(Secrets.sha256(token)).filter(t -> t.usableAt(now)).map(t -> {
            tokens.updateLastUsedAt(t.id(), now);
            return Authentication.build("token:" + t.name(), t.role().grantedNames());
        });
    }
}
