package io.herald.security;

import io.herald.support.HeraldTest;
import io.herald.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Herald started with no admin configured: the first admin comes from a one-time setup link. */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupLinkTest extends HeraldTest {

    @Inject
    EmbeddedServer server;

    @Inject
    SetupLinkRepository links;

    @Inject
    AppUserRepository users;

    FormClient browser;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.admin.email", "", "herald.admin.password", "");
    }

    @BeforeAll
    void openBrowser() {
        browser = new FormClient(server);
    }

    @Test
    @Order(2)
    void oneTimeLinkCreatesTheFirstAdminAndSignsThemIn() {
        assertEquals(0, users.count());
        assertEquals(1, links.count(), "startup wrote the link it logged");
        String token = Secrets.newToken();
        Instant now = Instant.now();
        links.save(new SetupLink(Secrets.sha256(token), now, now.plus(Duration.ofHours(1)), null));
        String path = "/setup/" + token;

        var form = browser.get(path, "");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<form method=\"post\" action=\"" + path + "\">"), form.body());

        var tooShort = browser.post(path, Map.of("email", "first@herald.test", "password", "short"), "");
        assertEquals(422, tooShort.statusCode());
        assertTrue(tooShort.body().contains("at least 10 characters"), tooShort.body());
        var tooLong = browser.post(path, Map.of("email", "first@herald.test", "password", "é".repeat(40)), "");
        assertEquals(422, tooLong.statusCode());
        assertTrue(tooLong.body().contains("The password is too long: 80 bytes; it may have at most 72"), tooLong.body());
        assertEquals(0, users.count());

        var created = browser.post(path, Map.of("email", "first@herald.test", "name", "First Admin",
                "password", "first-admin-password"), "");
        assertEquals(303, created.statusCode());
        assertEquals("/admin", created.headers().firstValue("Location").orElseThrow());
        var cookie = FormClient.cookie(created, SecuritySettings.SESSION_COOKIE).orElseThrow();
        assertTrue(cookie.header().toLowerCase().contains("httponly"), cookie.header());
        AppUser admin = users.findByEmail("first@herald.test").orElseThrow();
        assertEquals(Role.ADMIN, admin.role());

        var usersPage = browser.get("/admin/users", SecuritySettings.SESSION_COOKIE + "=" + cookie.value());
        assertEquals(200, usersPage.statusCode(), "the new session is an admin's");
        assertTrue(usersPage.body().contains("first@herald.test"));

        var again = browser.get(path, "");
        assertEquals(404, again.statusCode());
        assertFalse(again.body().contains("<form"), again.body());
        var replay = browser.post(path, Map.of("email", "second@herald.test", "password", "second-admin-password"), "");
        assertEquals(404, replay.statusCode());
        assertTrue(users.findByEmail("second@herald.test").isEmpty());
        assertTrue(links.findById(Secrets.sha256(token)).orElseThrow().usedAt() != null);
    }

    // Runs while there is no user yet, so only the unknown token can be what refuses it.
    @Test
    @Order(1)
    void unknownTokenIs404() {
        assertEquals(0, users.count());
        var response = browser.get("/setup/" + Secrets.newToken(), "");
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("<form"), response.body());
        var post = browser.post("/setup/" + Secrets.newToken(),
                Map.of("email", "intruder@herald.test", "password", "intruder-password"), "");
        assertEquals(404, post.statusCode());
        assertTrue(users.findByEmail("intruder@herald.test").isEmpty());
    }

    @Test
    @Order(9)
    void anOverLongAdminPasswordStopsStartUpNamingTheSetting() {
        Map<String, Object> settings = settings();
        settings.putAll(TestDatabase.freshDatasource());
        settings.put("herald.admin.email", "first@herald.test");
        settings.put("herald.admin.password", "x".repeat(73));
        var failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class, settings).close());
        String messages = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages += t.getMessage() + "\n";
        }
        assertTrue(messages.contains("HERALD_ADMIN_PASSWORD (herald.admin.password): The password is too long: 73 bytes"),
                messages);
    }
}
