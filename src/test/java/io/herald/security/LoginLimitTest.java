package io.herald.security;

import io.herald.support.MutableClock;
import io.herald.support.SecondInstanceTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed sign-ins are counted in the database, per account and per client address, before any password is hashed. */
@MicronautTest(transactional = false)
class LoginLimitTest extends SecondInstanceTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    EmbeddedServer server;

    @Inject
    MutableClock clock;

    FormClient browser;
    FormClient otherInstance;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.test.clock", "mutable", "herald.login.limit-per-account", "3",
                "herald.login.limit-per-client", "8", "herald.login.window", "15m");
    }

    @BeforeAll
    void openBrowsers() {
        browser = new FormClient(server);
        otherInstance = new FormClient(secondInstance());
    }

    /** Each test starts after the failures of the one before have left the window, on both instances. */
    @BeforeEach
    void forgetEarlierFailures() {
        clock.advance(WINDOW.plusMinutes(1));
        secondInstance().getApplicationContext().getBean(MutableClock.class).set(clock.instant());
    }

    @Test
    void anAccountIsLimitedOnEveryInstanceUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertEquals(401, browser.logIn(ADMIN_EMAIL, "wrong-password-" + i).statusCode());
        }

        var limited = browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertEquals(429, limited.statusCode(), "even the right password waits: it is not checked at all");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= WINDOW.toSeconds(), "Retry-After " + retryAfter);
        assertTrue(limited.body().contains("Too many failed sign-ins"), limited.body());
        assertTrue(limited.body().contains("value=\"" + ADMIN_EMAIL + "\""), "the e-mail stays filled in");
        assertTrue(FormClient.cookie(limited, SecuritySettings.SESSION_COOKIE).isEmpty());
        assertEquals(429, otherInstance.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode(), "the count is shared");

        assertEquals(401, browser.logIn("someone-else@herald.test", "wrong-password").statusCode(),
                "other accounts from the same address are only held by the per-client limit");

        clock.advance(WINDOW);
        assertEquals(303, browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode());
        String audit = api.text("/admin/audit");
        assertTrue(audit.contains("login.limited"), audit);
        assertTrue(audit.contains("login.failed"), audit);
    }

    @Test
    void aClientAddressIsLimitedAcrossAccounts() {
        for (int i = 0; i < 8; i++) {
            assertEquals(401, browser.logIn("guess-" + i + "@herald.test", "wrong-password").statusCode());
        }
        var limited = browser.logIn("guess-9@herald.test", "wrong-password");
        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        assertEquals(401, browser.logIn(ADMIN_EMAIL, "wrong-password-1").statusCode());
        assertEquals(401, browser.logIn(ADMIN_EMAIL, "wrong-password-2").statusCode());
        assertEquals(303, browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode());
        assertEquals(401, browser.logIn(ADMIN_EMAIL, "wrong-password-3").statusCode());
        assertEquals(401, browser.logIn(ADMIN_EMAIL, "wrong-password-4").statusCode());
        assertEquals(303, browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode());
    }

    @Test
    void parallelAttemptsCannotOutrunTheLimit() {
        var pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses;
        try {
            List<Future<HttpResponse<String>>> attempts = IntStream.range(0, 12)
                    .mapToObj(i -> pool.submit(() -> browser.logIn(ADMIN_EMAIL, "parallel-guess-" + i))).toList();
            statuses = attempts.stream().map(LoginLimitTest::statusOf).toList();
        } finally {
            pool.shutdownNow();
        }
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s == 401).count() <= 3, "at most the limit is checked: " + statuses);
    }

    private static int statusOf(Future<HttpResponse<String>> attempt) {
        try {
            return attempt.get().statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
