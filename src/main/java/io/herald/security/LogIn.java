package io.herald.security;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Checks a password and opens a session; the returned token goes into the session cookie. */
@Singleton
class LogIn {

    /** The longest e-mail address there can be (RFC 5321: 64 + @ + 255), as the form's field also says. */
    static final int MAX_EMAIL = 320;
    // How much of a rejected e-mail the audit log keeps: enough to recognise it, not a megabyte of it.
    private static final int AUDITED_EMAIL = 100;
    // Compared against when the e-mail is unknown, so both cases take as long.
    private static final String DUMMY_HASH = Secrets.hashPassword("not-a-real-password");

    private final AppUserRepository users;
    private final UserSessionRepository sessions;
    private final LoginLimit limit;
    private final SecuritySettings settings;
    private final RecordAudit audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    LogIn(AppUserRepository users, UserSessionRepository sessions, LoginLimit limit, SecuritySettings settings,
          RecordAudit audit, TransactionOperations<Connection> transactions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.limit = limit;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Request(@Nullable String email, @Nullable String password) {
    }

    /** Not one transaction: the attempt is counted (and committed) first, and no connection waits on bcrypt. */
    LoginOutcome logIn(Request request, String remoteAddress) {
        String email = request.email() == null ? "" : request.email().strip().toLowerCase(Locale.ROOT);
        String password = request.password() == null ? "" : request.password();
        Actor actor = new Actor(email.isEmpty() ? "?" : audited(email), remoteAddress);
        Optional<Duration> wait = limit.reserve(email.substring(0, Math.min(email.length(), MAX_EMAIL)), remoteAddress);
        if (wait.isPresent()) {
            record(actor, "login.limited", "too many failed sign-ins");
            return new LoginOutcome.Limited(wait.get());
        }
        if (email.length() > MAX_EMAIL) {
            record(actor, "login.failed", "e-mail address of " + email.length() + " characters");
            return new LoginOutcome.Invalid("The e-mail address is too long: " + email.length()
                    + " characters; an e-mail address has at most " + MAX_EMAIL);
        }
        // No user can have a longer password (CreateUser refuses one), and bcrypt would refuse to hash it.
        Optional<AppUser> user = password.getBytes(StandardCharsets.UTF_8).length > CreateUser.MAX_PASSWORD_BYTES
                ? Optional.empty() : checked(email, password);
        if (user.isEmpty()) {
            record(actor, "login.failed", null);
            return new LoginOutcome.Refused();
        }
        return new LoginOutcome.SignedIn(transactions.executeWrite(status -> {
            limit.clear(email);
            return open(user.get(), remoteAddress);
        }));
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

    private Optional<AppUser> checked(String email, String password) {
        Optional<AppUser> user = users.findByEmail(email);
        boolean matches = Secrets.passwordMatches(password, user.map(AppUser::passwordHash).orElse(DUMMY_HASH));
        return user.filter(u -> matches);
    }

    private void record(Actor actor, String action, @Nullable String detail) {
        transactions.executeWrite(status -> {
            audit.record(actor, action, "session", detail);
            return null;
        });
    }

    private static String audited(String email) {
        return email.length() > AUDITED_EMAIL ? email.substring(0, AUDITED_EMAIL) + "…" : email;
    }
}
