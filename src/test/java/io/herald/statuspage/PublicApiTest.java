package io.herald.statuspage;

import io.herald.support.HeraldTest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The Statuspage v2 read API (shared/brief/STATUSPAGE-API.md), byte for byte as clients receive it. */
@MicronautTest(transactional = false)
class PublicApiTest extends HeraldTest {

    /** Every path with its top-level keys, in the order the format lists them. */
    static final Map<String, List<String>> PATHS = new LinkedHashMap<>();

    static {
        PATHS.put("/api/v2/summary.json", List.of("page", "status", "components", "incidents", "scheduled_maintenances"));
        PATHS.put("/api/v2/status.json", List.of("page", "status"));
        PATHS.put("/api/v2/components.json", List.of("page", "components"));
        PATHS.put("/api/v2/incidents.json", List.of("page", "incidents"));
        PATHS.put("/api/v2/incidents/unresolved.json", List.of("page", "incidents"));
        PATHS.put("/api/v2/scheduled-maintenances.json", List.of("page", "scheduled_maintenances"));
        PATHS.put("/api/v2/scheduled-maintenances/upcoming.json", List.of("page", "scheduled_maintenances"));
        PATHS.put("/api/v2/scheduled-maintenances/active.json", List.of("page", "scheduled_maintenances"));
    }

    static final Set<String> PAGE_KEYS = Set.of("id", "name", "url", "time_zone", "updated_at");
    static final Set<String> COMPONENT_KEYS = Set.of("id", "name", "status", "created_at", "updated_at", "position",
            "description", "showcase", "start_date", "group_id", "page_id", "group", "only_show_if_degraded");
    static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final HttpClient raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String groupId;
    private String apiId;
    private String dashboardId;
    private String docsId;

    @BeforeAll
    void createComponents() {
        Map<?, ?> group = api.send(io.micronaut.http.HttpRequest.POST("/api/v1/component-groups",
                Map.of("name", "Core platform")));
        groupId = (String) group.get("id");
        apiId = (String) api.send(io.micronaut.http.HttpRequest.POST("/api/v1/components",
                Map.of("name", "API", "group_id", groupId, "description", "Public REST API"))).get("id");
        dashboardId = (String) api.send(io.micronaut.http.HttpRequest.POST("/api/v1/components",
                Map.of("name", "Dashboard", "group_id", groupId, "description", "The web app"))).get("id");
        docsId = (String) api.send(io.micronaut.http.HttpRequest.POST("/api/v1/components",
                Map.of("name", "Documentation", "description", "Guides"))).get("id");
        await("/api/v2/components.json", body -> body.contains("\"Documentation\""));
    }

    @Test
    void everyPathAnswersJsonWithCorsAndExactlyTheDocumentedKeys() {
        PATHS.forEach((path, keys) -> {
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null), path);
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            assertTrue(response.headers().firstValue("ETag").isPresent(), path);
            Map<String, Object> body = parse(response.body());
            assertEquals(keys, new ArrayList<>(body.keySet()), path);

            Map<?, ?> page = (Map<?, ?>) body.get("page");
            assertEquals(PAGE_KEYS, page.keySet(), path);
            assertEquals("herald", page.get("id"));
            assertEquals("Herald Status", page.get("name"));
            assertEquals("http://status.herald.test", page.get("url"));
            assertEquals("UTC", page.get("time_zone"));
            assertIsoTime(page.get("updated_at"), path + " page.updated_at");

            for (String list : List.of("incidents", "scheduled_maintenances")) {
                if (body.containsKey(list)) {
                    assertEquals(List.of(), body.get(list), path + " " + list);
                }
            }
        });
    }

    @Test
    void listsGroupsAsComponentsWithTheirMembersIds() {
        for (String path : List.of("/api/v2/components.json", "/api/v2/summary.json")) {
            List<Map<?, ?>> components = components(parse(get(path).body()));
            assertEquals(List.of(docsId, groupId, apiId, dashboardId), components.stream().map(c -> c.get("id")).toList(),
                    path + ": a group is followed by its members");
            for (Map<?, ?> c : components) {
                boolean group = Boolean.TRUE.equals(c.get("group"));
                Set<String> expected = new java.util.HashSet<>(COMPONENT_KEYS);
                if (group) {
                    expected.add("components");
                }
                assertEquals(expected, c.keySet(), path + " " + c);
                assertTrue(c.get("id") instanceof String, "ids are strings: " + c);
                assertEquals("herald", c.get("page_id"));
                assertIsoTime(c.get("created_at"), path + " created_at");
                assertIsoTime(c.get("updated_at"), path + " updated_at");
                assertTrue(Set.of("operational", "degraded_performance", "partial_outage", "major_outage",
                        "under_maintenance").contains(c.get("status")), c.toString());
            }
            Map<?, ?> group = byId(components, groupId);
            assertEquals(true, group.get("group"));
            assertEquals("Core platform", group.get("name"));
            assertEquals(List.of(apiId, dashboardId), group.get("components"));
            assertEquals(null, group.get("group_id"));

            Map<?, ?> apiComponent = byId(components, apiId);
            assertEquals(false, apiComponent.get("group"));
            assertEquals(groupId, apiComponent.get("group_id"));
            assertEquals("Public REST API", apiComponent.get("description"));
            assertEquals(null, byId(components, docsId).get("group_id"));
        }
    }

    @Test
    void answersNotModifiedToARevalidationAndGzipToWhoeverAcceptsIt() throws IOException {
        for (String path : List.of("/api/v2/summary.json", "/api/v2/status.json", "/")) {
            HttpResponse<byte[]> plain = get(path);
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), path);
            String etag = plain.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.matches("\"[^\"]+\""), "a strong ETag: " + etag);

            HttpResponse<byte[]> revalidated = send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag));
            assertEquals(304, revalidated.statusCode(), path);
            assertEquals(0, revalidated.body().length, path + ": no body with a 304");
            assertEquals(etag, revalidated.headers().firstValue("ETag").orElse(null), path);
            if (!path.equals("/")) {
                assertEquals("*", revalidated.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            }

            HttpResponse<byte[]> stale = send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", "\"not-the-etag\""));
            assertEquals(200, stale.statusCode(), path);
            assertArrayEquals(plain.body(), stale.body(), path);

            HttpResponse<byte[]> zipped = send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip, deflate, br"));
            assertEquals(200, zipped.statusCode(), path);
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null), path);
            assertEquals(etag, zipped.headers().firstValue("ETag").orElse(null), path);
            assertTrue(zipped.headers().allValues("Vary").stream().anyMatch(v -> v.toLowerCase().contains("accept-encoding")),
                    path + " Vary: " + zipped.headers().allValues("Vary"));
            try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertArrayEquals(plain.body(), in.readAllBytes(), path + ": gunzips to the same document");
            }
            assertTrue(zipped.body().length < plain.body().length, path);
        }
    }

    @Test
    void showsAStatusChangeWithinASecondOnTheApiAndThePage() {
        HttpResponse<byte[]> before = get("/api/v2/status.json");
        String etagBefore = before.headers().firstValue("ETag").orElseThrow();
        String pageEtagBefore = get("/").headers().firstValue("ETag").orElseThrow();
        assertEquals(Map.of("indicator", "none", "description", "All Systems Operational"), parse(before.body()).get("status"));

        api.send(io.micronaut.http.HttpRequest.PATCH("/api/v1/components/" + dashboardId,
                Map.of("status", "degraded_performance")));
        long changed = System.nanoTime();

        HttpResponse<byte[]> after = awaitWithinASecond(changed, "/api/v2/status.json",
                body -> body.contains("\"indicator\":\"minor\""));
        assertEquals(Map.of("indicator", "minor", "description", "Partially Degraded Service"), parse(after.body()).get("status"));
        assertNotEquals(etagBefore, after.headers().firstValue("ETag").orElseThrow(), "a new version has a new ETag");
        assertEquals(200, send(HttpRequest.newBuilder(uri("/api/v2/status.json")).header("If-None-Match", etagBefore))
                .statusCode(), "the old ETag no longer matches");

        HttpResponse<byte[]> page = awaitWithinASecond(changed, "/", body -> body.contains("Partially Degraded Service"));
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("Degraded performance"));
        assertNotEquals(pageEtagBefore, page.headers().firstValue("ETag").orElseThrow());

        Map<?, ?> dashboard = byId(components(parse(get("/api/v2/components.json").body())), dashboardId);
        assertEquals("degraded_performance", dashboard.get("status"));
        assertEquals("degraded_performance", byId(components(parse(get("/api/v2/components.json").body())), groupId)
                .get("status"), "a group takes its worst member's status");
    }

    @Test
    void unknownPathsAreNotFound() {
        assertEquals(404, get("/api/v2/nothing-here.json").statusCode());
        assertEquals(404, get("/assets/missing.css").statusCode());
        assertEquals(404, get("/assets/..%2F..%2Fpom.xml").statusCode());
    }

    private HttpResponse<byte[]> awaitWithinASecond(long since, String path, Predicate<String> done) {
        while (true) {
            HttpResponse<byte[]> response = get(path);
            if (response.statusCode() == 200 && done.test(new String(response.body(), StandardCharsets.UTF_8))) {
                return response;
            }
            if (System.nanoTime() - since > 1_000_000_000L) {
                fail(path + " did not show the change within 1 s: " + new String(response.body(), StandardCharsets.UTF_8));
            }
            sleep(50);
        }
    }

    private void await(String path, Predicate<String> done) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!done.test(new String(get(path).body(), StandardCharsets.UTF_8))) {
            assertFalse(System.nanoTime() > deadline, path + " never showed the change");
            sleep(50);
        }
    }

    private static void assertIsoTime(Object value, String what) {
        assertNotNull(value, what);
        assertTrue(ISO_TIME.matcher((String) value).matches(), what + ": " + value);
    }

    private static Map<?, ?> byId(List<Map<?, ?>> components, String id) {
        return components.stream().filter(c -> id.equals(c.get("id"))).findFirst()
                .orElseGet(() -> fail("no component " + id + " in " + components));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> components(Map<String, Object> body) {
        return (List<Map<?, ?>>) body.get("components");
    }

    private Map<String, Object> parse(byte[] body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(server.getURL().toString() + path);
    }

    private HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return raw.send(request.timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
