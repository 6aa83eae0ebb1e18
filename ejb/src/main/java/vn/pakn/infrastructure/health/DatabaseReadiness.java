package vn.pakn.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and its schema is migrated: a load balancer must not send reports to a
 * node that could not store them. Served by WildFly at /health/ready on the management interface.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/PaknDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("pakn-database");
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (var rs = statement.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank DESC")) {
                if (!rs.next()) {
                    return response.down().withData("error", "schema not migrated").build();
                }
                return response.up().withData("schemaVersion", rs.getString(1)).build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
