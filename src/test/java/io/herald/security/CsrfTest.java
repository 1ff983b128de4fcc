package io.herald.security;

import io.herald.support.HeraldTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forms and API changes made with the session cookie need the session's token; scripts use API tokens. */
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

    @Test
    void apiChangesWithTheSessionCookieNeedTheCsrfHeaderAndASaidContentType() throws Exception {
        String json = "{\"name\":\"%s\"}";
        assertEquals(403, api("Cookie only", "application/json", json, session, null).statusCode());
        // The "simple" request a page on another site could make a browser send.
        assertEquals(403, api("Plain text", "text/plain", json, session, null).statusCode());
        assertEquals(403, api("Wrong header", "application/json", json, session, Secrets.newToken()).statusCode());
        assertFalse(componentExists("Cookie only") || componentExists("Plain text") || componentExists("Wrong header"));

        var untyped = api("No type", null, json, null, null);
        assertEquals(415, untyped.statusCode());
        assertTrue(untyped.body().contains("Content-Type: application/json"), untyped.body());
        var utf16 = api("Wrong charset", "application/json; charset=utf-16", json, null, null);
        assertEquals(415, utf16.statusCode());
        assertTrue(utf16.body().contains("UTF-8"), utf16.body());
        assertFalse(componentExists("No type") || componentExists("Wrong charset"));

        assertEquals(201, api("With header", "application/json", json, session, browser.csrfOf(session)).statusCode());
        assertTrue(componentExists("With header"));
    }

    private HttpResponse<String> api(String name, String type, String json, String cookie, String csrf)
            throws Exception {
        var request = HttpRequest.newBuilder(server.getURI().resolve("/api/v1/components"))
                .POST(HttpRequest.BodyPublishers.ofString(json.formatted(name)));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        } else {
            request.header("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean componentExists(String name) {
        return api.components().stream().anyMatch(c -> name.equals(c.get("name")));
    }
}
