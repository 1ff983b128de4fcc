package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the admin API's own description (/openapi/…), fed what careless users and attackers send: each
 * field in a wrong JSON type, fields the request does not have, malformed JSON, invalid UTF-8, a raw NUL, deep
 * nesting, NUL characters in text, and ids and query values that are not what they say. Every answer is a 4xx that
 * names the field where one is to blame, never a 2xx or a 5xx, never Java, Micronaut or Jackson wording; and nothing
 * in the database changes.
 */
@MicronautTest(transactional = false)
class BadInputWalkTest extends HeraldTest {

    private static final Pattern INTERNAL = Pattern.compile("java\\.|jakarta\\.|io\\.micronaut|fasterxml|Jackson|Exception"
            + "|Failed to convert|Cannot deserialize|START_OBJECT|START_ARRAY|Unexpected token|REDACTED|No value present"
            + "|commons|\\binput\\b|\\brequest\\b\\]|argument \\[");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    private final Map<String, String> ids = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    // The chat channel and webhook fixtures point at loopback; nothing is ever sent to them.
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true");
    }

    @BeforeAll
    void fixtures() {
        ids.put("components", id(api.send(HttpRequest.POST("/api/v1/components", body("name", "Fixture")))));
        ids.put("component-groups", id(api.send(HttpRequest.POST("/api/v1/component-groups", body("name", "Group")))));
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Fixture incident",
                "body", "Looking.", "impact", "minor", "severity", "SEV3")));
        ids.put("incidents", id(incident));
        ids.put("updates", id((Map<?, ?>) ((List<?>) incident.get("updates")).get(0)));
        Map<?, ?> maintenance = api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Fixture window",
                "body", "Upgrading.", "scheduled_for", "2099-01-01T02:00:00Z", "scheduled_until", "2099-01-01T04:00:00Z")));
        ids.put("maintenances", id(maintenance));
        Map<?, ?> group = api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Executives",
                "min_severity", "SEV2", "members", List.of("cto@example.com"))));
        ids.put("stakeholder-groups", id(group));
        ids.put("members", id((Map<?, ?>) ((List<?>) group.get("members")).get(0)));
        ids.put("subscribers", id(api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "sub@example.com")))));
        ids.put("suppressions", id(api.send(HttpRequest.POST("/api/v1/suppressions", body("email", "gone@example.com")))));
        ids.put("chat-channels", id(api.send(HttpRequest.POST("/api/v1/chat-channels", body("name", "Ops chat",
                "kind", "slack", "webhook_url", "http://127.0.0.1:9/hook")))));
        ids.put("webhook-subscribers", id(api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body(
                "url", "http://127.0.0.1:9/receiver", "skip_verification", true)))));
    }

    @Test
    void everyOperationRefusesBadInputClearlyAndStoresNothing() throws Exception {
        Map<String, Object> description = new Yaml().load(api.text("/openapi/herald-admin-api-1.yml"));
        Map<String, Object> schemas = map(map(description.get("components")).get("schemas"));
        Map<String, String> before = checksums();

        for (var path : map(description.get("paths")).entrySet()) {
            for (var operation : map(path.getValue()).entrySet()) {
                String method = operation.getKey().toUpperCase();
                Map<String, Object> op = map(operation.getValue());
                String url = path.getKey();
                for (String param : List.of("{id}", "{updateId}", "{memberId}")) {
                    if (url.contains(param)) {
                        expectRefused(method, url.replace(param, "abc").replaceAll("\\{[^}]+}", "1"), "{}");
                    }
                }
                String real = withIds(url);
                queryCases(method, real, op);
                Map<String, Object> schema = jsonBodySchema(op, schemas);
                if (schema != null) {
                    bodyCases(method, real, schema);
                }
            }
        }
        assertTrue(cases > 300, "the walk covered only " + cases + " cases");
        assertEquals(List.of(), failures);
        assertEquals(before, checksums(), "a refused request changed the database");
        System.out.println("Bad-input walk: " + cases + " requests, every one refused as it should be");
    }

    private void bodyCases(String method, String url, Map<String, Object> schema) throws Exception {
        for (var property : map(schema.getOrDefault("properties", Map.of())).entrySet()) {
            String field = property.getKey();
            for (String wrong : wrongValues(map(property.getValue()))) {
                String response = expectRefused(method, url, "{\"" + field + "\":" + wrong + "}");
                if (response != null && !response.contains("\"field\":\"" + field)) {
                    failures.add(method + " " + url + " " + field + "=" + wrong + " did not name the field: " + response);
                }
            }
        }
        String unknown = expectRefused(method, url, "{\"no_such_field\":1}");
        if (unknown != null && !unknown.contains("\"field\":\"no_such_field\"")) {
            failures.add(method + " " + url + " unknown field not named: " + unknown);
        }
        expectRefused(method, url, "{\"name\":");
        expectRefused(method, url, "[]");
        expectRefused(method, url, "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}");
        expectRefused(method, url, "{\"name\":\"x\",\"name\":\"y\"}");
        expectRefusedBytes(method, url, "{\"name\":\"\u00C3(\"}".getBytes(StandardCharsets.ISO_8859_1));
        expectRefusedBytes(method, url, "{\"name\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8));
        for (var property : map(schema.getOrDefault("properties", Map.of())).entrySet()) {
            if ("string".equals(map(property.getValue()).get("type"))) {
                expectRefused(method, url, "{\"" + property.getKey() + "\":\"nul\\u0000here\"}");
            }
        }
    }

    private void queryCases(String method, String url, Map<String, Object> op) throws Exception {
        for (Object parameter : (List<?>) op.getOrDefault("parameters", List.of())) {
            Map<String, Object> p = map(parameter);
            if ("query".equals(p.get("in"))) {
                for (String bad : List.of("maybe", "1,,2", "-1", "1.5", "%00")) {
                    String body = "text/csv";
                    expectRefused(method, url + "?" + p.get("name") + "=" + bad, method.equals("GET") ? null : body);
                }
            }
        }
    }

    private static List<String> wrongValues(Map<String, Object> property) {
        return switch (String.valueOf(property.get("type"))) {
            case "string" -> List.of("5", "true", "[\"x\"]", "{}");
            case "boolean" -> List.of("\"yes\"", "1", "[true]");
            case "integer" -> List.of("1.9", "true", "\"5\"", "[1]");
            case "array" -> List.of("\"x\"", "[[1]]", "[{}]", "5");
            case "object" -> List.of("\"x\"", "[1]", "{\"1\":[\"x\"]}");
            default -> List.of();
        };
    }

    private String expectRefused(String method, String url, String json) throws Exception {
        return expectRefusedBytes(method, url, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    // Returns the answer when it was a proper refusal, null otherwise (the failure is noted).
    private String expectRefusedBytes(String method, String url, byte[] body) throws Exception {
        cases++;
        var request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + url))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", url.contains("/import") ? "text/csv" : "application/json");
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String what = method + " " + url + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            failures.add(what + " answered " + response.statusCode() + ": " + response.body());
            return null;
        }
        if (INTERNAL.matcher(response.body()).find()) {
            failures.add(what + " answered with internal wording: " + response.body());
            return null;
        }
        return response.body();
    }

    private String withIds(String template) {
        String url = template;
        for (var segment : List.of("components", "component-groups", "incidents", "maintenances", "stakeholder-groups",
                "subscribers", "suppressions", "chat-channels", "webhook-subscribers")) {
            url = url.replace("/" + segment + "/{id}", "/" + segment + "/" + ids.get(segment));
        }
        return url.replace("{updateId}", ids.get("updates")).replace("{memberId}", ids.get("members"))
                .replace("{id}", "1");
    }

    private static Map<String, Object> jsonBodySchema(Map<String, Object> op, Map<String, Object> schemas) {
        if (!op.containsKey("requestBody")) {
            return null;
        }
        Object json = map(map(op.get("requestBody")).get("content")).get("application/json");
        if (json == null) {
            return null;
        }
        Map<String, Object> schema = map(map(json).get("schema"));
        Object ref = schema.get("$ref");
        return ref == null ? schema : map(schemas.get(String.valueOf(ref).substring("#/components/schemas/".length())));
    }

    private Map<String, String> checksums() throws Exception {
        Map<String, Object> db = settings();
        Map<String, String> sums = new HashMap<>();
        try (var connection = DriverManager.getConnection((String) db.get("datasources.default.url"),
                (String) db.get("datasources.default.username"), (String) db.get("datasources.default.password"));
             var tables = connection.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                     // Written by the application itself all the time, whatever the requests: the migrations' record
                     // and the delivery heartbeat.
                     + " AND table_name NOT IN ('flyway_schema_history', 'delivery_instance')")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            try (var rs = connection.createStatement().executeQuery("CHECKSUM TABLE " + String.join(", ", names))) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return sums;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static String id(Map<?, ?> json) {
        return String.valueOf(json.get("id"));
    }
}
