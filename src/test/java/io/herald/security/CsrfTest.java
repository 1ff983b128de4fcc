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
class CsrfTest extends HeraldTest {

    @Inject
    EmbeddedServer server;

    FormClient browser;
    String session;

    @BeforeAll
    void logIn() {
        browser = new FormClient(server);
        session = browser.sessionCookie(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void adminFormNeedsTheSessionsCsrfToken() {
        var missing = browser.post("/admin/components", Map.of("name", "No token"), session);
        assertEquals(403, missing.statusCode());
        assertFalse(componentExists("No token"));

        var wrong = browser.post("/admin/components", Map.of("name", "Wrong token", "_csrf", Secrets.newToken()), session);
        assertEquals(403, wrong.statusCode());
        assertFalse(componentExists("Wrong token"));

        // Another session's token is just as wrong.
        String otherSession = browser.sessionCookie(ADMIN_EMAIL, ADMIN_PASSWORD);
        var foreign = browser.post("/admin/components",
                Map.of("name", "Foreign token", "_csrf", browser.csrfOf(otherSession)), session);
        assertEquals(403, foreign.statusCode());
        assertFalse(componentExists("Foreign token"));

        var right = browser.post("/admin/components", Map.of("name", "Right token", "_csrf", browser.csrfOf(session)),
                session);
        assertEquals(303, right.statusCode());
        assertEquals("/admin/components", right.headers().firstValue("Location").orElseThrow());
        assertTrue(componentExists("Right token"));
    }

    private boolean componentExists(String name) {
        return api.components().stream().anyMatch(c -> name.equals(c.get("name")));
    }
}
