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
        List<String> forms = router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.POST)
                .filter(route -> route.explicitlyConsumes(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .map(route -> route.getUriMatchTemplate().toString())
                .filter(path -> !PROTECTED_OTHERWISE.contains(path))
                .distinct().sorted().toList();
        assertTrue(forms.containsAll(List.of("/admin/components", "/admin/components/{id}/status",
                "/admin/users/{id}/delete", "/admin/tokens", "/logout")), forms.toString());

        FormClient browser = new FormClient(server);
        String session = browser.sessionCookie(ADMIN_EMAIL, ADMIN_PASSWORD);
        // A form that would do something real if the token were not checked.
        Map<String, String> form = Map.of("name", "Forged", "email", "forged@herald.test",
                "password", "forged-password-1", "role", "admin", "status", "major_outage");
        List<String> unprotected = new ArrayList<>();
        for (String template : forms) {
            String path = template.replaceAll("\\{[^}]+}", "1");
            int status = browser.post(path, form, session).statusCode();
            if (status != 403) {
                unprotected.add(path + " -> " + status);
            }
        }
        // Multipart forms (file uploads) are not seen by the filter for urlencoded forms: each checks the token itself.
        List<String> uploads = router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.POST)
                .filter(route -> route.explicitlyConsumes(MediaType.MULTIPART_FORM_DATA_TYPE))
                .map(route -> route.getUriMatchTemplate().toString()).distinct().sorted().toList();
        assertTrue(uploads.contains("/admin/subscribers/import"), uploads.toString());
        for (String template : uploads) {
            String path = template.replaceAll("\\{[^}]+}", "1");
            int status = browser.postMultipart(path, "email\nforged@herald.test\n", Map.of("confirmed", "on"),
                    session).statusCode();
            if (status != 403) {
                unprotected.add(path + " -> " + status);
            }
        }
        assertEquals(List.of(), unprotected);
        assertEquals(200, browser.postMultipart("/admin/subscribers/import", "email\nreal@herald.test\n",
                Map.of("_csrf", browser.csrfOf(session)), session).statusCode(), "with the token, the upload works");
        // Still signed in: the forged /logout did not end the session.
        assertEquals(200, browser.get("/admin/components", session).statusCode());
        // Micronaut's token introspection endpoint (off in application.yml) echoed the session's CSRF token.
        assertEquals(404, browser.get("/token_info", session).statusCode());
    }
}
