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
}
