package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.it.support.Deployments;

/**
 * In container: this class is added to the real WAR and runs inside WildFly, so it sees the server's
 * resources exactly as the application does.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaOnPostgresInContainerIT {

    @Deployment
    static WebArchive app() {
        return Deployments.app()
                .addClass(SchemaOnPostgresInContainerIT.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @Resource(lookup = "java:jboss/datasources/PaknDS")
    DataSource dataSource;

    @Test
    void applicationDatasourceIsPostgresql() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void flywayAppliedTheFirstMigration() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "SELECT description, success FROM flyway_schema_history WHERE version = '1'");
                var rows = statement.executeQuery()) {
            assertThat(rows.next()).as("V1 in flyway_schema_history").isTrue();
            assertThat(rows.getBoolean("success")).isTrue();
            assertThat(rows.getString("description")).isEqualTo("core schema");
        }
    }

    @Test
    void schemaHasTheSecurityRealmTables() throws SQLException {
        try (var connection = dataSource.getConnection();
                var tables = connection.getMetaData().getTables(null, "public", "app_user%", new String[] {"TABLE"})) {
            var names = new java.util.ArrayList<String>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).contains("app_user", "app_user_role");
        }
    }
}
