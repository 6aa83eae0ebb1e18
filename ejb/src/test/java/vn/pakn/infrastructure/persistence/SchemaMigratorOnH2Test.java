package vn.pakn.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on H2 as the embedded default runs it (PostgreSQL mode), with the locations the server uses:
 * the integration tests run on PostgreSQL only, so a statement H2 lacks would otherwise first show when the README's
 * start command fails to deploy.
 */
class SchemaMigratorOnH2Test {

    @Test
    void everyMigrationRunsOnTheEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "sa").locations(SchemaMigrator.locationsFor("H2")).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(10);
        try (var db = DriverManager.getConnection(url, "sa", "sa");
             var rs = db.createStatement().executeQuery(
                     "SELECT script FROM \"flyway_schema_history\" WHERE version = '63'")) {
            assertThat(rs.next()).as("V63, which only the vendor folders hold, ran").isTrue();
            assertThat(rs.getString(1)).isEqualTo("V63__live_assignments_by_unit.sql");
        }
        var again = Flyway.configure().dataSource(url, "sa", "sa").locations(SchemaMigrator.locationsFor("H2")).load().migrate();
        assertThat(again.migrationsExecuted).as("a second start finds nothing to do").isZero();
    }
}
