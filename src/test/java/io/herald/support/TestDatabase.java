package io.herald.support;

import io.herald.system.EmbeddedDatabase;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MariaDB for tests: the machine's server when HERALD_TEST_DATABASE_URL is set (a JDBC URL
 * without a database, e.g. jdbc:mariadb://127.0.0.1:3306/), else one embedded MariaDB per test JVM.
 * Each test class gets a database of its own, so classes cannot see each other's rows.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> freshDatasource() {
        start();
        String name = "herald_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (var connection = DriverManager.getConnection(serverUrl, user, password);
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + serverUrl, e);
        }
        return Map.of(
                "datasources.default.url", serverUrl + name,
                "datasources.default.username", user,
                "datasources.default.password", password);
    }

    private static void dropOwnDatabases() {
        String prefix = "herald_test_" + ProcessHandle.current().pid() + "_";
        try (var connection = DriverManager.getConnection(serverUrl, user, password);
             var statement = connection.createStatement()) {
            for (int i = 1; i <= COUNTER.get(); i++) {
                statement.execute("DROP DATABASE IF EXISTS " + prefix + i);
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + prefix + "*: " + e.getMessage());
        }
    }

    private static void start() {
        if (serverUrl != null) {
            return;
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        String external = System.getenv("HERALD_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            serverUrl = external.endsWith("/") ? external : external + "/";
            user = System.getenv().getOrDefault("HERALD_TEST_DATABASE_USERNAME", "root");
            password = System.getenv().getOrDefault("HERALD_TEST_DATABASE_PASSWORD", "");
            // A shared server keeps what tests leave behind: drop this run's databases when the JVM ends.
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropOwnDatabases, "drop-test-databases"));
            return;
        }
        Path dir = Path.of(System.getProperty("herald.test.data-dir", "target/test-mariadb"), "db-" + ProcessHandle.current().pid());
        EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        serverUrl = db.jdbcUrl("");
        user = db.username();
        password = db.password();
    }
}
