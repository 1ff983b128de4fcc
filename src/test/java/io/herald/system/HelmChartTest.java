package io.herald.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The Helm chart under helm/herald, linted and rendered by the real Helm. */
class HelmChartTest {

    private static final Path CHART = Path.of("helm", "herald");
    private static final String DB_URL = "jdbc:mariadb://mariadb:3306/herald";

    @Test
    @SuppressWarnings("unchecked")
    void lintPassesWithMinimalValues(@TempDir Path dir) throws IOException {
        // helm-java's lint takes no values, and on the defaults validateValues stops rendering before
        // anything is checked: lint a copy whose values.yaml carries the minimal valid values.
        Path chart = copyChart(dir);
        Path valuesFile = chart.resolve("values.yaml");
        Map<String, Object> values = new Yaml().load(Files.readString(valuesFile));
        Map<String, Object> database = (Map<String, Object>) values.get("database");
        database.put("url", DB_URL);
        database.put("password", "s3cret");
        Files.writeString(valuesFile, new Yaml().dump(values));

        LintResult result = new Helm(chart).lint().strict().call();

        assertFalse(result.isFailed(), () -> String.join("\n", result.getMessages()));
    }

    @Test
    void rendersDeploymentWithDatabaseProbesAndChecksum() {
        List<Map<String, Object>> docs = render(template()
                .set("database.url", DB_URL).set("database.password", "s3cret"));

        Map<String, Object> container = container(docs);
        assertEquals(DB_URL, env(container, "DATASOURCES_DEFAULT_URL").get("value"));
        assertEquals("/health/readiness", at(container, "readinessProbe", "httpGet").get("path"));
        assertEquals("/health/liveness", at(container, "livenessProbe", "httpGet").get("path"));
        Object checksum = at(deployment(docs), "spec", "template", "metadata", "annotations").get("checksum/secret");
        assertTrue(String.valueOf(checksum).matches("[0-9a-f]{64}"), "checksum/secret: " + checksum);
        assertEquals(1, ofKind(docs, "Secret").count());
    }

    @Test
    void failsWithoutDatabaseUrl() {
        TemplateCommand noUrl = template().set("database.password", "s3cret");

        IllegalStateException error = assertThrows(IllegalStateException.class, noUrl::call);

        assertTrue(error.getMessage().contains("database.url is required"), error.getMessage());
    }

    @Test
    void usesExistingSecretInsteadOfRenderingOne() {
        List<Map<String, Object>> docs = render(template()
                .set("database.url", DB_URL).set("database.existingSecret", "herald-credentials"));

        assertEquals(0, ofKind(docs, "Secret").count());
        Map<String, Object> password = at(env(container(docs), "DATASOURCES_DEFAULT_PASSWORD"), "valueFrom", "secretKeyRef");
        assertEquals("herald-credentials", password.get("name"));
        assertEquals("database-password", password.get("key"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void passesNotificationSettingsWithSecretsKeptInTheSecret() {
        List<Map<String, Object>> docs = render(template()
                .set("database.url", DB_URL).set("database.password", "s3cret")
                .set("smtp.host", "smtp.acme.example").set("smtp.password", "mail-pass")
                .set("twitter.consumerKey", "ck").set("drill.emails", "drill@acme.example")
                .set("dkim.domain", "acme.example").set("dkim.selector", "s1").set("dkim.privateKey", "PEM-KEY")
                .set("drill.webhooks", "https://hooks.acme.example/drill").set("drill.webhookSecret", "drill-secret")
                .set("delivery.webhookDisableAfter", "3").set("delivery.heartbeat", "1500ms"));

        Map<String, Object> container = container(docs);
        assertEquals("smtp.acme.example", env(container, "HERALD_SMTP_HOST").get("value"));
        assertEquals("drill@acme.example", env(container, "HERALD_DRILL_EMAILS").get("value"));
        Map<String, Object> password = at(env(container, "HERALD_SMTP_PASSWORD"), "valueFrom", "secretKeyRef");
        assertEquals("smtp-password", password.get("key"));
        Map<String, Object> secretData = (Map<String, Object>) ofKind(docs, "Secret").findFirst().orElseThrow().get("data");
        assertEquals("bWFpbC1wYXNz", secretData.get("smtp-password"), "base64 of the SMTP password");
        assertTrue(secretData.containsKey("twitter-consumer-key"));
        assertFalse(secretData.containsKey("twitter-access-token"), "unset secrets are left out");
        assertEquals("acme.example", env(container, "HERALD_DKIM_DOMAIN").get("value"));
        assertEquals("dkim-private-key", at(env(container, "HERALD_DKIM_PRIVATE_KEY"), "valueFrom", "secretKeyRef").get("key"));
        assertEquals("UEVNLUtFWQ==", secretData.get("dkim-private-key"), "base64 of the DKIM key");
        assertFalse(String.valueOf(container.get("env")).contains("mail-pass"), "no secret in plain env");
        assertFalse(String.valueOf(container.get("env")).contains("PEM-KEY"), "no key in plain env");
        assertEquals("https://hooks.acme.example/drill", env(container, "HERALD_DRILL_WEBHOOKS").get("value"));
        assertEquals("ZHJpbGwtc2VjcmV0", secretData.get("drill-webhook-secret"), "base64 of the drill webhook secret");
        assertEquals("3", env(container, "HERALD_WEBHOOKS_DISABLE_AFTER").get("value"));
        assertEquals("8", env(container, "HERALD_DELIVERY_MAX_ATTEMPTS").get("value"), "the chart's default");
        assertEquals("2000", env(container, "HERALD_DB_CONNECT_TIMEOUT_MS").get("value"), "the chart's default");
        assertEquals("15000", env(container, "HERALD_DB_SOCKET_TIMEOUT_MS").get("value"), "the chart's default");
        assertEquals("1500ms", env(container, "HERALD_DELIVERY_HEARTBEAT").get("value"));
    }

    @Test
    void passesTheLoginLimitsAndRefusesAWindowHeraldCannotRead() {
        List<Map<String, Object>> defaults = render(template().set("database.url", DB_URL).set("database.password", "s3cret"));
        assertEquals("10", env(container(defaults), "HERALD_LOGIN_LIMIT_PER_ACCOUNT").get("value"));
        assertEquals("30", env(container(defaults), "HERALD_LOGIN_LIMIT_PER_CLIENT").get("value"));
        assertEquals("15m", env(container(defaults), "HERALD_LOGIN_WINDOW").get("value"));

        List<Map<String, Object>> docs = render(template().set("database.url", DB_URL).set("database.password", "s3cret")
                .set("login.limitPerAccount", "5").set("login.limitPerClient", "50").set("login.window", "1h"));
        assertEquals("5", env(container(docs), "HERALD_LOGIN_LIMIT_PER_ACCOUNT").get("value"));
        assertEquals("50", env(container(docs), "HERALD_LOGIN_LIMIT_PER_CLIENT").get("value"));
        assertEquals("1h", env(container(docs), "HERALD_LOGIN_WINDOW").get("value"));

        TemplateCommand badWindow = template().set("database.url", DB_URL).set("database.password", "s3cret")
                .set("login.window", "fifteen minutes");
        IllegalStateException error = assertThrows(IllegalStateException.class, badWindow::call);
        assertTrue(error.getMessage().contains("login/window"), error.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsTheDataDirectoryAcrossAContainerRestartBesideATheme() {
        List<Map<String, Object>> docs = render(template().set("database.url", DB_URL).set("database.password", "s3cret")
                .set("theme.configMap", "acme-theme").set("theme.path", "/themes/acme"));
        Map<String, Object> container = container(docs);
        assertEquals("/var/lib/herald", env(container, "HERALD_DATA_DIR").get("value"));
        var mounts = (List<Map<String, Object>>) container.get("volumeMounts");
        assertEquals(List.of("data", "theme"), mounts.stream().map(m -> m.get("name")).toList());
        assertEquals("/var/lib/herald", mounts.get(0).get("mountPath"));
        var volumes = (List<Map<String, Object>>) at(deployment(docs), "spec", "template", "spec").get("volumes");
        assertEquals(Map.of(), volumes.get(0).get("emptyDir"), "an emptyDir outlives a restart of the container");
        assertEquals("acme-theme", at(volumes.get(1), "configMap").get("name"));
    }

    private static TemplateCommand template() {
        return new Helm(CHART).template().withName("herald");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> render(TemplateCommand command) {
        Iterable<Object> docs = new Yaml().loadAll(command.call());
        return StreamSupport.stream(docs.spliterator(), false)
                .filter(Map.class::isInstance).map(doc -> (Map<String, Object>) doc).toList();
    }

    private static Stream<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(doc -> kind.equals(doc.get("kind")));
    }

    private static Map<String, Object> deployment(List<Map<String, Object>> docs) {
        return ofKind(docs, "Deployment").findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(List<Map<String, Object>> docs) {
        var containers = (List<Map<String, Object>>) at(deployment(docs), "spec", "template", "spec").get("containers");
        return containers.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Object> container, String name) {
        return ((List<Map<String, Object>>) container.get("env")).stream()
                .filter(variable -> name.equals(variable.get("name"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> map, String... keys) {
        Map<String, Object> current = map;
        for (String key : keys) {
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }

    private static Path copyChart(Path target) throws IOException {
        Path chart = target.resolve("herald");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path file : files.toList()) {
                Files.copy(file, chart.resolve(CHART.relativize(file).toString()));
            }
        }
        return chart;
    }
}
