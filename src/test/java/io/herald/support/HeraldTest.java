package io.herald.support;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of integration tests: a running Herald on a fresh, migrated MariaDB database of its own.
 * Annotate the subclass with {@code @MicronautTest(transactional = false)}: the default wraps each test
 * in a transaction that never commits, which the server under test would not see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HeraldTest implements TestPropertyProvider {

    /** Accepted as an admin's API token (HERALD_BOOTSTRAP_TOKEN). */
    public static final String ADMIN_TOKEN = "test-bootstrap-token-0123456789";
    public static final String ADMIN_EMAIL = "admin@herald.test";
    public static final String ADMIN_PASSWORD = "admin-password-123";

    /** The admin API of the Herald under test, called with {@link #ADMIN_TOKEN}. */
    @Inject
    protected AdminApi api;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties != null) {
            return properties;
        }
        properties = new HashMap<>();
        TestDatabase.freshDatasource().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("herald.bootstrap-token", ADMIN_TOKEN);
        properties.put("herald.admin.email", ADMIN_EMAIL);
        properties.put("herald.admin.password", ADMIN_PASSWORD);
        properties.put("herald.page.url", "http://status.herald.test");
        properties.put("herald.refresh-interval", "100ms");
        // A free port, not application.yml's 8080: test JVMs (and a running Herald) must not collide.
        properties.put("micronaut.server.port", "-1");
        // Herald saves its public documents there: one folder per test class, never the checkout's ./data.
        properties.put("herald.data-dir", dataDir().toString());
        properties.putAll(extraProperties());
        return properties;
    }

    /** The settings of the Herald under test, e.g. to start a second instance on the same database. */
    protected Map<String, Object> settings() {
        return new HashMap<>(getProperties());
    }

    private static Path dataDir() {
        try {
            Path root = Path.of("target", "test-data");
            Files.createDirectories(root);
            return Files.createTempDirectory(root.toAbsolutePath(), "herald-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings a test class adds or overrides. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
