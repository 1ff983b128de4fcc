package io.herald.subscriber;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API of e-mail subscribers: add, list, delete, CSV import (all or nothing) and export, suppressions. */
@MicronautTest(transactional = false)
class SubscriberAdminApiTest extends HeraldTest {

    @Inject
    EmbeddedServer server;
    @Inject
    SubscriberRepository subscribers;
    @Inject
    ObjectMapper json;

    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    protected Map<String, String> extraProperties() {
        // Small enough to cross both limits cheaply, large enough for 100,000 rows.
        return Map.of("herald.subscribers.import-max-bytes", "7MB", "micronaut.server.max-request-size", "8MB",
                "herald.subscribers.import-max-rows", "150000");
    }

    @Test
    void addListAndDeleteWithFieldErrors() throws Exception {
        String web = api.component("Website");
        api.assertFieldError(HttpRequest.POST("/api/v1/subscribers", body("email", "bob@")), "email",
                "'bob@' is not an e-mail address");
        api.assertFieldError(HttpRequest.POST("/api/v1/subscribers", body()), "email", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/subscribers", body("email", "x@acme.test",
                "components", List.of("999999"))), "components", "component 999999 does not exist");
        api.assertFieldError(HttpRequest.POST("/api/v1/subscribers", body("email", "x@acme.test",
                "components", List.of("abc"))), "components", "'abc' is not an id");
        assertTrue(subscribers.findByEmail("x@acme.test").isEmpty(), "nothing stored by refused requests");

        Map<?, ?> added = api.send(HttpRequest.POST("/api/v1/subscribers", body("email", " Ann@Acme.Test ",
                "components", List.of(web))));
        assertEquals("ann@acme.test", added.get("email"));
        assertEquals("active", added.get("state"), "admin-added subscribers are confirmed");
        assertEquals(List.of(web), added.get("components"));
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "all@acme.test")));

        // Other tests of the class share the database: find ours in the whole list, then check the paging on it.
        List<Object> emails = api.list("/api/v1/subscribers?per_page=1000").stream().map(s -> s.get("email")).toList();
        int all = emails.indexOf("all@acme.test");
        assertEquals(emails.indexOf("ann@acme.test") + 1, all, emails.toString());
        var listed = api.list("/api/v1/subscribers?per_page=1&page=" + (all + 1));
        assertEquals(1, listed.size());
        assertEquals("all@acme.test", listed.get(0).get("email"));
        assertEquals(List.of(), listed.get(0).get("components"));
        assertEquals(List.of(web), api.list("/api/v1/subscribers?per_page=1&page=" + all).get(0).get("components"));
        api.assertFieldError(HttpRequest.GET("/api/v1/subscribers?per_page=5000"), "per_page", "between 1 and 1000");

        assertEquals(204, delete("/api/v1/subscribers/" + added.get("id")));
        assertEquals(404, delete("/api/v1/subscribers/" + added.get("id")));
        assertTrue(subscribers.findByEmail("ann@acme.test").isEmpty());
        assertTrue(subscribers.findByEmail("all@acme.test").isPresent());
    }

    @Test
    void anImportNamesComponentsAsThePageShowsThem() throws Exception {
        String api1 = api.component("REST API");
        String web = api.component("Web shop");
        var imported = importCsv("email,components\nnamed@acme.test,rest api; Web shop\n", "?confirmed=true");
        assertEquals(200, imported.statusCode(), imported.body());
        Subscriber named = subscribers.findByEmail("named@acme.test").orElseThrow();
        assertEquals(List.of(named.id() + "=" + Math.min(Long.parseLong(api1), Long.parseLong(web)) + ","
                + Math.max(Long.parseLong(api1), Long.parseLong(web))), subscribers.componentsOf(List.of(named.id())));
    }

    @Test
    void invalidRowsImportNothingUnlessSkipped() throws Exception {
        String db = api.component("Database");
        String csv = "email,components\nimp1@acme.test\nimp2@acme.test," + db + "\nbob@\nimp3@acme.test,77777\n"
                + "imp1@acme.test\n";
        var rejected = importCsv(csv, "");
        assertEquals(422, rejected.statusCode(), rejected.body());
        Map<?, ?> report = json.readValue(rejected.body(), Map.class);
        assertEquals("2 rows are invalid; nothing was imported (fix them, or import with skip_invalid=true)",
                report.get("message"));
        List<?> rows = (List<?>) report.get("rows");
        assertEquals(Map.of("row", 4, "email", "bob@", "field", "email", "outcome", "invalid",
                "error", "row 4: 'bob@' is not an e-mail address"),
                rows.get(0));
        assertEquals("row 5: component 77777 does not exist", ((Map<?, ?>) rows.get(1)).get("error"));
        assertEquals("components", ((Map<?, ?>) rows.get(1)).get("field"));
        assertEquals("row 6: imp1@acme.test is already on row 2; skipped", ((Map<?, ?>) rows.get(2)).get("error"));
        assertTrue(subscribers.findByEmail("imp1@acme.test").isEmpty(), "all or nothing");

        var skipped = importCsv(csv, "?skip_invalid=true&confirmed=true");
        assertEquals(200, skipped.statusCode(), skipped.body());
        Map<?, ?> done = json.readValue(skipped.body(), Map.class);
        assertEquals(2, done.get("imported"));
        assertEquals(2, done.get("invalid"));
        Subscriber imp2 = subscribers.findByEmail("imp2@acme.test").orElseThrow();
        assertTrue(imp2.active());
        assertTrue(!imp2.allComponents());

        // Without confirmed the imported address must still confirm: it is stored unconfirmed.
        assertEquals(200, importCsv("later@acme.test\n", "").statusCode());
        assertEquals(null, subscribers.findByEmail("later@acme.test").orElseThrow().confirmedAt());

        var broken = importCsv("\"unterminated@acme.test\nx@y.test\n", "");
        assertEquals(422, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("not valid CSV: the quoted value that starts on line 1 is never closed"),
                broken.body());
        assertFalse(broken.body().contains("EOF"), "no parser's own words");
    }

    @Test
    void suppressedAddressesAreSkippedAndMarked() throws Exception {
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "gone@acme.test")));
        api.assertFieldError(HttpRequest.POST("/api/v1/suppressions", body("email", "gone@acme.test", "reason", "spam")),
                "reason", "reason 'spam' is not one of bounce, complaint, manual");
        Map<?, ?> suppression = api.send(HttpRequest.POST("/api/v1/suppressions", body("email", "gone@acme.test",
                "reason", "complaint")));
        assertEquals("suppressed", state("gone@acme.test"));
        api.send(HttpRequest.POST("/api/v1/suppressions", body("email", "never@acme.test")));

        var response = importCsv("never@acme.test\nfine@acme.test\n", "?confirmed=true");
        assertEquals(200, response.statusCode());
        Map<?, ?> report = json.readValue(response.body(), Map.class);
        assertEquals(1, report.get("imported"));
        assertEquals("row 1: never@acme.test is suppressed (manual); skipped",
                ((Map<?, ?>) ((List<?>) report.get("rows")).get(0)).get("error"));
        assertTrue(subscribers.findByEmail("never@acme.test").isEmpty());
        api.assertFieldError(HttpRequest.POST("/api/v1/subscribers", body("email", "never@acme.test")), "email",
                "is suppressed (manual)");

        assertEquals(2, api.list("/api/v1/suppressions").size());
        assertEquals(204, delete("/api/v1/suppressions/" + suppression.get("id")));
        assertEquals("active", state("gone@acme.test"), "lifting the suppression clears the mark");
    }

    @Test
    void oversizeFilesGetAClear413() throws Exception {
        String row = "someone-with-a-long-address@oversize.test\n";
        var overHerald = importCsv(row.repeat(7 * 1024 * 1024 / row.length() + 10), "");
        assertEquals(413, overHerald.statusCode(), overHerald.body());
        assertTrue(overHerald.body().contains("the import limit (herald.subscribers.import-max-bytes) is 7340032 bytes"),
                overHerald.body());
        var overServer = importCsv(row.repeat(9 * 1024 * 1024 / row.length()), "");
        assertEquals(413, overServer.statusCode(), overServer.body());
        Map<?, ?> error = json.readValue(overServer.body(), Map.class);
        assertTrue(String.valueOf(error.get("message")).startsWith("The request body is too large: 94"), overServer.body());
        assertTrue(String.valueOf(error.get("message")).endsWith("accepts at most 8388608 bytes"
                + " (micronaut.server.max-request-size)"), overServer.body());
        assertEquals(0, api.list("/api/v1/subscribers").stream()
                .filter(s -> String.valueOf(s.get("email")).endsWith("oversize.test")).count());
    }

    @Test
    void exportRoundTripsAndAHundredThousandRowsImportFast() throws Exception {
        String csv = IntStream.rangeClosed(1, 100_000).mapToObj(i -> "bulk" + i + "@round.test")
                .collect(Collectors.joining("\n"));
        long start = System.nanoTime();
        var response = importCsv(csv, "?confirmed=true");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(100_000, json.readValue(response.body(), Map.class).get("imported"));
        assertTrue(millis < 30_000, "100,000 rows took " + millis + " ms");

        String web = api.component("Status website");
        Map<?, ?> round = api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "round@acme.test",
                "components", List.of(web))));
        String exported = get("/api/v1/subscribers.csv");
        assertTrue(exported.startsWith("email,components,state,created_at\r\n"), exported.substring(0, 80));
        assertTrue(exported.contains("bulk99999@round.test,,active,"));
        assertTrue(exported.contains("round@acme.test," + web + ",active,"));
        assertEquals(204, delete("/api/v1/subscribers/" + round.get("id")));
        // Read back: every address is there already, so nothing changes and nothing is refused.
        var again = importCsv(exported, "?confirmed=true");
        assertEquals(200, again.statusCode(), again.body());
        Map<?, ?> report = json.readValue(again.body(), Map.class);
        assertEquals(1, report.get("imported"), "only the deleted one");
        assertTrue((Integer) report.get("unchanged") >= 100_000, again.body());
        assertEquals(0, report.get("invalid"));
        Subscriber back = subscribers.findByEmail("round@acme.test").orElseThrow();
        assertTrue(back.active());
        assertEquals(List.of(Long.parseLong(web)), new ListSubscribers(subscribers).componentsOf(List.of(back)).get(back.id()));
    }

    @Test
    void rowsWithExtraColumnsOrControlCharactersAreRefused() throws Exception {
        var response = importCsv("wide@acme.test,,extra\nnul\u0000@acme.test\n", "");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("row 1 has 3 columns"), response.body());
        assertTrue(response.body().contains("row 2: 'nul@acme.test' is not an e-mail address"), response.body());
        assertFalse(response.body().contains("\\u0000"), "the control character is not echoed");
        assertTrue(subscribers.findByEmail("wide@acme.test").isEmpty());
    }

    @Test
    void importFlagsAreExactlyTrueOrFalse() throws Exception {
        var maybe = importCsv("maybe@acme.test\n", "?confirmed=maybe");
        assertEquals(422, maybe.statusCode(), maybe.body());
        assertTrue(maybe.body().contains("confirmed must be true or false"), maybe.body());
        var yes = importCsv("yes@acme.test\n", "?skip_invalid=yes");
        assertEquals(422, yes.statusCode(), yes.body());
        assertTrue(yes.body().contains("skip_invalid must be true or false"), yes.body());
        assertTrue(subscribers.findByEmail("maybe@acme.test").isEmpty() && subscribers.findByEmail("yes@acme.test").isEmpty());
    }

    private String state(String email) {
        return SubscriberJson.state(subscribers.findByEmail(email).orElseThrow());
    }

    private HttpResponse<String> importCsv(String csv, String query) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/subscribers/import" + query))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int delete(String path) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).DELETE().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String get(String path) throws Exception {
        var response = client.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
