package io.herald.security;

import io.herald.support.HeraldTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LoginTest extends HeraldTest {

    @Inject
    EmbeddedServer server;

    FormClient browser;

    @BeforeAll
    void openBrowser() {
        browser = new FormClient(server);
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithoutASession() {
        var response = browser.logIn(ADMIN_EMAIL, "not-the-password");
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("do not match"), response.body());
        assertTrue(FormClient.cookie(response, SecuritySettings.SESSION_COOKIE).isEmpty());

        var unknownUser = browser.logIn("nobody@herald.test", ADMIN_PASSWORD);
        assertEquals(401, unknownUser.statusCode());
        assertTrue(FormClient.cookie(unknownUser, SecuritySettings.SESSION_COOKIE).isEmpty());
    }

    @Test
    void rightPasswordOpensASessionThatLogoutEnds() {
        var response = browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertEquals(303, response.statusCode());
        assertEquals("/admin", response.headers().firstValue("Location").orElseThrow());
        var cookie = FormClient.cookie(response, SecuritySettings.SESSION_COOKIE).orElseThrow();
        String header = cookie.header().toLowerCase();
        assertTrue(header.contains("httponly"), cookie.header());
        assertTrue(header.contains("samesite=lax"), cookie.header());
        assertFalse(cookie.value().isBlank());
        String session = SecuritySettings.SESSION_COOKIE + "=" + cookie.value();

        var page = browser.get("/admin/components", session);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Administrator (admin)"), page.body());
        String csrf = FormClient.csrfField(page.body());

        var logout = browser.post("/logout", Map.of("_csrf", csrf), session);
        assertEquals(303, logout.statusCode());
        assertTrue(FormClient.cookie(logout, SecuritySettings.SESSION_COOKIE).orElseThrow().value().isEmpty());

        // A browser that kept the cookie (or a thief who copied it) gets nothing from it any more.
        var after = browser.get("/admin/components", session);
        assertEquals(303, after.statusCode());
        assertEquals("/login", after.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void loginFormWithoutItsCsrfCookieIsRefused() {
        String csrf = FormClient.csrfField(browser.get("/login", "").body());
        var response = browser.post("/login",
                Map.of("_csrf", csrf, "email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), "");
        assertEquals(403, response.statusCode());
        assertTrue(FormClient.cookie(response, SecuritySettings.SESSION_COOKIE).isEmpty());

        var mismatched = browser.post("/login", Map.of("_csrf", csrf, "email", ADMIN_EMAIL, "password", ADMIN_PASSWORD),
                LoginController.LOGIN_CSRF_COOKIE + "=" + Secrets.newToken());
        assertEquals(403, mismatched.statusCode());
        assertTrue(FormClient.cookie(mismatched, SecuritySettings.SESSION_COOKIE).isEmpty());
    }

    @Test
    void aPasswordTooLongForBcryptIsAFailedSignInNotAnError() {
        var response = browser.logIn(ADMIN_EMAIL, "x".repeat(100));
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.body().contains("do not match"), response.body());

        var multibyte = browser.logIn(ADMIN_EMAIL, "ä".repeat(40));
        assertEquals(401, multibyte.statusCode(), "80 bytes in 40 characters");
    }

    @Test
    void anOverLongEmailIsRefusedKeepingTheInputAndAudited() {
        String email = "a".repeat(100_000) + "@herald.test";
        var response = browser.logIn(email, "secret-password-1");
        assertEquals(422, response.statusCode(), response.body().substring(0, Math.min(500, response.body().length())));
        assertTrue(response.body().contains("The e-mail address is too long"), "names the field");
        assertTrue(response.body().contains("value=\"" + email + "\""), "the input stays filled in");
        assertFalse(response.body().contains("secret-password-1"), "never the password");
        assertTrue(response.body().contains("maxlength=\"320\""), "the form itself caps the field");

        String audit = api.text("/admin/audit");
        assertTrue(audit.contains("login.failed"), audit);
        assertTrue(audit.contains("a".repeat(60) + "…"), "the audit keeps the start of the e-mail");
        assertFalse(audit.contains("a".repeat(400)), "and only the start");
    }

    @Test
    void aMalformedFormBodyAnswers400WithTheLoginPage() {
        var form = browser.get("/login", "");
        String loginCsrf = FormClient.cookie(form, LoginController.LOGIN_CSRF_COOKIE).orElseThrow().value();
        var response = browser.postEncoded("/login", "_csrf=" + FormClient.csrfField(form.body())
                + "&email=%zz&password=x%", LoginController.LOGIN_CSRF_COOKIE + "=" + loginCsrf);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Sign in to Herald"), response.body());
        assertTrue(response.body().contains("could not be read"), response.body());
    }
}
