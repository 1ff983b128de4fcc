package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin UI cannot be framed and loads only Herald's own files; every answer forbids sniffing. */
@MicronautTest(transactional = false)
class SecurityHeadersTest extends HeraldTest {

    private static final String ADMIN_POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none';"
            + " form-action 'self'; base-uri 'none'; object-src 'none'";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/admin/components", "/admin/incidents", "/admin/assets/admin.css",
            "/setup/no-such-link", "/admin/no-such-page"})
    void adminPagesMayNotBeFramed(String path) throws IOException, InterruptedException {
        HttpHeaders headers = get(path, Optional.empty(), true).headers();
        assertEquals(ADMIN_POLICY, headers.firstValue("Content-Security-Policy").orElse(null), path);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
        assertCommon(headers, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/history", "/api/v2/summary.json", "/assets/theme.css", "/no-such-page",
            "/api/v1/components"})
    void publicAnswersMayBeEmbeddedButNotSniffed(String path) throws IOException, InterruptedException {
        for (String encoding : new String[] {"gzip", "identity"}) {
            HttpHeaders headers = get(path, Optional.of(encoding), true).headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'")
                    && policy.contains("frame-ancestors *"), path + ": " + policy);
            assertTrue(headers.firstValue("X-Frame-Options").isEmpty(), path);
            assertCommon(headers, path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/components", "/admin/audit"})
    void aSignedOutVisitorsRedirectCarriesThemToo(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, Optional.empty(), false);
        assertEquals(303, response.statusCode());
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
        assertCommon(response.headers(), path);
    }

    private static void assertCommon(HttpHeaders headers, String path) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
    }

    private HttpResponse<String> get(String path, Optional<String> encoding, boolean signedIn)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", "text/html,*/*;q=0.8");
        encoding.ifPresent(value -> request.header("Accept-Encoding", value));
        if (signedIn) {
            request.header("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
