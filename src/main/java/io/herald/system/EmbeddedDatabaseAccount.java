package io.herald.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Herald's account in the embedded MariaDB: user {@value #USER} with a random password that lives in the data
 * directory, in a file only Herald's own system user may read (mode 0600).
 */
record EmbeddedDatabaseAccount(String password) {

    static final String USER = "herald";
    static final String PASSWORD_FILE = "herald-db-password";

    static EmbeddedDatabaseAccount generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        // URL-safe Base64 has no quote or backslash, so it sits in SQL literals as it is.
        return new EmbeddedDatabaseAccount(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    static Optional<EmbeddedDatabaseAccount> saved(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EmbeddedDatabaseAccount(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded MariaDB's password from " + file, e);
        }
    }

    /**
     * Run once on a server started without grant tables: FLUSH PRIVILEGES turns them on for what follows. Root
     * keeps only the socket login of the system user it belongs to, and anonymous accounts go.
     */
    List<String> setUpStatements() {
        return List.of(
                "FLUSH PRIVILEGES",
                "CREATE OR REPLACE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1' WITH GRANT OPTION",
                "CREATE OR REPLACE USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'localhost' WITH GRANT OPTION",
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket",
                "DROP USER IF EXISTS 'root'@'127.0.0.1', 'root'@'::1', 'root'@'%', ''@'localhost', ''@'%'");
    }

    /** Written to a private temporary file first and then moved, so no reader ever sees half a password. */
    void save(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            Path temporary = Files.createTempFile(dataDir, PASSWORD_FILE, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, password + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded MariaDB's password in " + file, e);
        }
    }
}
