package io.herald.security;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Checks a password and opens a session; the returned token goes into the session cookie. */
@Singleton
class LogIn {

    // Compared against when the e-mail is unknown, so both cases take as long.
    private static final String DUMMY_HASH = Secrets.hashPassword("not-a-real-password");

    private final AppUserRepository users;
    private final UserSessionRepository sessions;
    private final SecuritySettings settings;
    private final RecordAudit audit;
    private final Clock clock;

    LogIn(AppUserRepository users, UserSessionRepository sessions, SecuritySettings settings, RecordAudit audit,
          Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Optional<String> logIn(@Nullable String email, @Nullable String password, String remoteAddress) {
        Optional<AppUser> user = email == null ? Optional.empty() : users.findByEmail(email.strip().toLowerCase(Locale.ROOT));
        String pass = password == null ? "" : password;
        boolean matches = Secrets.passwordMatches(pass, user.map(AppUser::passwordHash).orElse(DUMMY_HASH));
        if (user.isEmpty() || !matches) {
            audit.record(new Actor(email == null ? "?" : email, remoteAddress), "login.failed", "session", null);
            return Optional.empty();
        }
        return Optional.of(open(user.get(), remoteAddress));
    }

    @Transactional
    String open(AppUser user, String remoteAddress) {
        var now = clock.instant();
        sessions.deleteByExpiresAtLessThan(now);
        String token = Secrets.newToken();
        sessions.save(new UserSession(Secrets.sha256(token), user.id(), Secrets.newToken(), now,
                now.plus(settings.sessionLength())));
        audit.record(new Actor(user.email(), remoteAddress), "login", "session", null);
        return token;
    }

    @Transactional
    void logOut(String token, Actor actor) {
        sessions.deleteById(Secrets.sha256(token));
        audit.record(actor, "logout", "session", null);
    }
}
