package vn.pakn.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A fresh in-memory H2 in PostgreSQL mode (as the server's datasource) with the given Flyway scripts run in order. */
public final class H2Migrations {

    private H2Migrations() {
    }

    /** {@code scripts} are file names under db/migration, e.g. {@code "V1__core_schema.sql"}. */
    public static Connection open(String... scripts) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (var s = db.createStatement()) {
            for (String script : scripts) {
                s.execute("RUNSCRIPT FROM 'classpath:/db/migration/" + script + "'");
            }
        }
        return db;
    }
}
