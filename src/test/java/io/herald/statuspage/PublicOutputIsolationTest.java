package io.herald.statuspage;

import io.herald.security.Viewer;
import io.herald.support.HeraldTest;
import io.herald.system.AdminNotices;
import io.herald.system.AdminPages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text no output can carry is refused at the door, and one public document that cannot be rendered costs only
 * itself: the page, the API and the feeds still move on, the document keeps its last good version, and the admin
 * pages say so. The failing document comes from a theme whose incident page breaks on one incident's name.
 */
@MicronautTest(transactional = false)
class PublicOutputIsolationTest extends HeraldTest {

    static final String BREAKING_INCIDENT_PAGE = """
            @import io.herald.statuspage.IncidentPageView
            @param IncidentPageView view
            @if(view.incident().name().contains("Boom"))${Integer.parseInt(view.incident().name())}@endif
            <p class="custom">${view.incident().name()}</p>
            """;

    private Path theme;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AdminNotices notices;

    @Inject
    AdminPages adminPages;

    @Override
    protected Map<String, String> extraProperties() {
        if (theme == null) {
            try {
                theme = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-themes")).toAbsolutePath(), "breaking-");
                Files.createDirectories(theme.resolve("templates"));
                Files.writeString(theme.resolve("templates/incident.jte"), BREAKING_INCIDENT_PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // A mail server is named (delivery is off): its notice would otherwise stand beside the ones this test reads.
        return Map.of("herald.theme", theme.toString(), "herald.smtp.host", "127.0.0.1",
                "herald.delivery.enabled", "false");
    }

    @Test
    void aControlCharacterIsRefusedNamingTheFieldAndNothingIsStored() {
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents", body("name", "VT probe\u000bpasted from Word",
                "body", "text", "impact", "minor", "severity", "SEV3")), "name", "U+000B at character 9");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents", body("name", "Lone half",
                "body", "broken \uD83D text", "impact", "minor", "severity", "SEV3")), "body", "U+D83D at character 8");
        api.assertFieldError(HttpRequest.POST("/api/v1/components", body("name", "API\u0000")), "name", "U+0000");
        api.assertFieldError(HttpRequest.POST("/api/v1/subscribers", body("email", "ann\u0000@example.com")),
                "email", "U+0000");
        assertEquals(List.of(), api.list("/api/v1/incidents").stream()
                .filter(i -> String.valueOf(i.get("name")).contains("probe")).toList());
        assertEquals(List.of(), api.list("/api/v1/subscribers"));
    }

    @Test
    void oneFailingDocumentLeavesTheOthersCurrentAndTellsTheAdmins() throws Exception {
        String calm = createIncident("Calm before");
        api.awaitText("/incidents/" + calm, "Calm before");
        String boom = createIncident("Boom incident");
        api.awaitText("/api/v2/incidents.json", "Boom incident");
        api.awaitText("/", "Boom incident");
        api.awaitText("/history.rss", "Boom incident");
        var missing = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/incidents/" + boom), "the broken page was never rendered");
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
        awaitNotice("/incidents/" + boom);
        String adminPage = adminPages.ok("forbidden.jte", Map.of("viewer",
                new Viewer("Ann", "ann@herald.test", List.of("viewer"), "csrf"))).body();
        assertTrue(adminPage.contains("/incidents/" + boom) && adminPage.contains("last good version"), adminPage);

        // Later changes still reach everything else, the earlier incident's page included.
        api.send(HttpRequest.PATCH("/api/v1/incidents/" + calm, body("name", "Calm after")));
        api.awaitText("/incidents/" + calm, "Calm after");
        api.awaitText("/api/v2/incidents.json", "Calm after");

        // Once the incident no longer breaks the page, it renders and the notice goes.
        api.send(HttpRequest.PATCH("/api/v1/incidents/" + boom, body("name", "Quiet incident")));
        api.awaitText("/incidents/" + boom, "Quiet incident");
        for (int i = 0; i < 50 && !notices.current().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), notices.current());
    }

    @Test
    void textStoredBeforeTheCheckDoesNotBreakTheFeeds() throws Exception {
        String id = createIncident("Old paste");
        Map<String, Object> db = settings();
        try (var connection = DriverManager.getConnection((String) db.get("datasources.default.url"),
                (String) db.get("datasources.default.username"), (String) db.get("datasources.default.password"));
             var statement = connection.prepareStatement("UPDATE incident SET name = ? WHERE id = ?")) {
            statement.setString(1, "Old\u000b paste");
            statement.setLong(2, Long.parseLong(id));
            statement.executeUpdate();
        }
        api.send(HttpRequest.POST("/api/v1/components", body("name", "Nudge")));
        String rss = api.awaitText("/history.rss", "Old paste");
        assertFalse(rss.contains("\u000b"));
        api.awaitText("/history.atom", "Old paste");
    }

    @Test
    void eachRenderIsSavedForAStartWithoutTheDatabase() throws Exception {
        createIncident("Saved for later");
        api.awaitText("/", "Saved for later");
        SavedDocuments saved = new SavedDocuments((String) settings().get("herald.data-dir"));
        for (int i = 0; i < 50; i++) {
            var page = saved.load().get("/");
            if (page != null && new String(page.body(), StandardCharsets.UTF_8).contains("Saved for later")) {
                assertTrue(saved.load().containsKey("/api/v2/summary.json"));
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The rendered page was not saved to the data directory");
    }

    private void awaitNotice(String text) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            if (notices.current().stream().anyMatch(n -> n.contains(text))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No notice about " + text + ": " + notices.current());
    }

    private String createIncident(String name) {
        return String.valueOf(api.send(HttpRequest.POST("/api/v1/incidents", body("name", name, "body", "We are looking.",
                "impact", "minor", "severity", "SEV3"))).get("id"));
    }
}
