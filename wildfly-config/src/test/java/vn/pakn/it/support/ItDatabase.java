package vn.pakn.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Direct JDBC access, from the test JVM, to the embedded PostgreSQL that the server under test uses:
 * for assertions about what was (or was not) written, never as a way around the API under test.
 */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + EmbeddedPostgresSession.port() + "/postgres";
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** The first column of every row of a query with positional parameters. */
    public static List<Object> column(String sql, Object... parameters) {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                var values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("IT database query failed: " + sql, e);
        }
    }

    /** The single value of a query that returns at most one row. */
    public static Optional<Object> value(String sql, Object... parameters) {
        var values = column(sql, parameters);
        if (values.size() > 1) {
            throw new IllegalStateException("Expected at most one row, got " + values.size() + ": " + sql);
        }
        return values.stream().findFirst();
    }

    public static long count(String sql, Object... parameters) {
        return ((Number) value(sql, parameters).orElseThrow()).longValue();
    }

    /** Runs one INSERT, UPDATE or DELETE in its own transaction; returns the rows changed. */
    public static int update(String sql, Object... parameters) {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("IT database update failed: " + sql, e);
        }
    }
}
