package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Herald started on an empty database: every migration ran, in order, and each is named by the rule. */
@MicronautTest(transactional = false)
class MigrationsTest extends HeraldTest {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(create|add|drop|change|rename|seed|index)_[a-z0-9_]+\\.sql");

    @Inject
    JdbcOperations jdbc;

    @Test
    @Transactional
    void everyMigrationRanOnTheEmptyDatabase() throws IOException {
        List<String> files = migrationFiles();
        List<String> applied = jdbc.prepareStatement(
                "SELECT script FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank", statement -> {
                    List<String> scripts = new ArrayList<>();
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            scripts.add(rs.getString(1));
                        }
                    }
                    return scripts;
                });
        assertEquals(files, applied);
        long tables = jdbc.prepareStatement("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN ('component', 'component_group', 'component_status_change', 'app_user',"
                + " 'user_session', 'api_token', 'audit_entry', 'site_revision', 'setup_link')", statement -> {
                    try (var rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        assertEquals(9, tables);
    }

    @Test
    void migrationsAreNumberedOneByOneAndNamedVerbObject() throws IOException {
        List<String> files = migrationFiles();
        assertTrue(files.size() >= 9);
        for (int i = 0; i < files.size(); i++) {
            var matcher = NAME.matcher(files.get(i));
            assertTrue(matcher.matches(), files.get(i) + " should be named V<n>__<verb>_<object>.sql");
            assertEquals(i + 1, Integer.parseInt(matcher.group(1)), "gap or duplicate before " + files.get(i));
        }
    }

    private static List<String> migrationFiles() throws IOException {
        try (Stream<Path> paths = Files.list(Path.of("db/migration"))) {
            return paths.map(p -> p.getFileName().toString())
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
