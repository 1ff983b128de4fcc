package io.herald.security;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every form a signed-in browser can post is refused without the session's CSRF token, whatever it does. */
@MicronautTest(transactional = false)
class EveryFormIsCsrfProtectedTest extends HeraldTest {

    // Protected otherwise: the login form by a double-submit cookie, the setup form by its secret link. The
    // public subscribe forms act for nobody signed in: double opt-in (a challenge for webhooks) and a rate limit
    // guard them instead.
    private static final Set<String> PROTECTED_OTHERWISE = Set.of("/login", "/setup/{token}", "/subscribe",
            "/subscribe/webhook");

    @Inject
    Router router;

    @Inject
    EmbeddedServer server;

    @Test
    void everyFormPostWithoutTheTokenIs403() {
        List<String> forms = posts(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        assertTrue(forms.containsAll(List.of("/admin/components", "/admin/components/{id}/status",
                "/admin/users/{id}/delete", "/admin/tokens", "/logout")), forms.toString());

        FormClient browser = new FormClient(server);
        String session = browser.sessionCookie(ADMIN_EMAIL, ADMIN_PASSWORD);
        // A form that would do something real if the token were not checked.
        Map<String, String> form = Map.of("name", "Forged", "email", "forged@herald.test",
                "password", "forged-password-1", "role", "admin", "status", "major_outage");
        List<String> unprotected = new ArrayList<>();
        for (String template : forms) {
            String path = example(template);
            int status = browser.post(path, form, session).statusCode();
            if (status != 403) {
                unprotected.add(path + " -> " + status);
            }
        }
        assertEquals(List.of(), unprotected);
        // Still signed in: the forged /logout did not end the session.
        assertEquals(200, browser.get("/admin/components", session).statusCode());
        // Micronaut's token introspection endpoint (off in application.yml) echoed the session's CSRF token.
        assertEquals(404, browser.get("/token_info", session).statusCode());
    }

    @Test
    void everyUploadWithoutTheTokenIs403() {
        List<String> uploads = posts(MediaType.MULTIPART_FORM_DATA_TYPE);
        assertTrue(uploads.contains("/admin/subscribers/import"), uploads.toString());

        FormClient browser = new FormClient(server);
        String session = browser.sessionCookie(ADMIN_EMAIL, ADMIN_PASSWORD);
        List<String> unprotected = new ArrayList<>();
        for (String template : uploads) {
            String path = example(template);
            for (Map<String, String> fields : List.of(Map.<String, String>of(), Map.of("_csrf", "forged", "confirmed", "on"))) {
                int status = browser.postFile(path, fields, "forged@herald.test\n", session).statusCode();
                if (status != 403) {
                    unprotected.add(path + " " + fields.keySet() + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), unprotected);
        // The token from the page is accepted: the 403s above were for the token, not for the upload.
        String csrf = browser.csrfOf(session);
        assertEquals(200, browser.postFile("/admin/subscribers/import", Map.of("_csrf", csrf), "real@herald.test\n",
                session).statusCode());
    }

    /** The paths of the POST routes that take this kind of body and no other guard. */
    private List<String> posts(MediaType body) {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.POST)
                .filter(route -> route.explicitlyConsumes(body))
                .map(route -> route.getUriMatchTemplate().toString())
                .filter(path -> !PROTECTED_OTHERWISE.contains(path))
                .distinct().sorted().toList();
    }

    private static String example(String template) {
        return template.replaceAll("\\{[^}]+}", "1");
    }
}
