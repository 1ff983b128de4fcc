package io.herald.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Caps failed sign-ins per account and per client address in a sliding window. The count lives in the database so
 * that every instance shares it, and it is read before a password is hashed: hashing is the work an attacker would
 * make the server do, and guessing is what the limit is there to stop.
 */
@Singleton
class LoginLimit {

    private final LoginAttemptRepository attempts;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final int perAccount;
    private final int perClient;
    private final Duration window;

    LoginLimit(LoginAttemptRepository attempts, TransactionOperations<Connection> transactions, Clock clock,
               @Value("${herald.login.limit-per-account:10}") int perAccount,
               @Value("${herald.login.limit-per-client:30}") int perClient,
               @Value("${herald.login.window:15m}") Duration window) {
        if (perAccount < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
            throw new ConfigurationException("HERALD_LOGIN_LIMIT_PER_ACCOUNT and HERALD_LOGIN_LIMIT_PER_CLIENT must be"
                    + " 1 or more and HERALD_LOGIN_WINDOW longer than zero, e.g. 10, 30 and 15m");
        }
        this.attempts = attempts;
        this.transactions = transactions;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perClient = perClient;
        this.window = window;
    }

    /**
     * Counts this attempt as failed until {@link #clear} forgives it, or answers how long to wait when the account or
     * the client has failed too often already. The attempt is committed before counting, so that parallel attempts
     * see each other and cannot all slip under the limit before the first of them is checked.
     */
    Optional<Duration> reserve(String account, String client) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        LoginAttempt attempt = transactions.executeWrite(status -> {
            attempts.deleteByAttemptedAtLessThan(since);
            return attempts.save(new LoginAttempt(null, account, client, now));
        });
        // Held while the attempt that is one over the limit is still inside the window.
        Optional<Instant> held = Stream.of(attempts.findAttemptedAtByAccount(account, since, perAccount),
                        attempts.findAttemptedAtByClient(client, since, perClient))
                .flatMap(Optional::stream).max(Instant::compareTo);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        // A refused attempt is no guess, so it does not count: waiting out the window ends the wait.
        attempts.deleteById(attempt.id());
        Duration wait = Duration.between(now, held.get().plus(window));
        return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }

    /** After a successful sign-in: the account's failures are forgiven; the client's on other accounts stay. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void clear(String account) {
        attempts.deleteByAccount(account);
    }
}
