package io.herald.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded MariaDB keeps its data across a restart, even in a folder under the temp dir. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws SQLException {
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir);
        try (var connection = DriverManager.getConnection(first.jdbcUrl(EmbeddedDatabase.DATABASE), "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note VARCHAR(20))");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
        try (var connection = DriverManager.getConnection(second.jdbcUrl(EmbeddedDatabase.DATABASE), "root", "");
             var rs = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        } finally {
            second.stop();
        }
    }
}
