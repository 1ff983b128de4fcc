package io.herald.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Confirmed subscribers of everything, n at a time, straight into the database (as an import would leave them). */
public final class BulkSubscribers {

    private BulkSubscribers() {
    }

    /** Adds {@code s1@bulk.test} … {@code s<n>@bulk.test}. */
    public static void seed(Map<String, Object> settings, int n) {
        String url = String.valueOf(settings.get("datasources.default.url"));
        try (var connection = DriverManager.getConnection(url, String.valueOf(settings.get("datasources.default.username")),
                String.valueOf(settings.get("datasources.default.password")));
             var statement = connection.createStatement()) {
            // MariaDB's sequence engine gives the rows; the token only has to be unique and 43 characters long.
            statement.execute("INSERT INTO subscriber (email, token, all_components, created_at, confirmed_at)"
                    + " SELECT CONCAT('s', seq, '@bulk.test'), LPAD(seq, 43, 't'), TRUE, NOW(3), NOW(3)"
                    + " FROM seq_1_to_" + n);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed " + n + " subscribers", e);
        }
    }
}
