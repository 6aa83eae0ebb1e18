package vn.pakn.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL (zonky embedded binaries from Maven Central) when failsafe opens the JUnit
 * launcher session, i.e. before the first test and so before Arquillian starts WildFly, and stops it when
 * the session closes, after Arquillian has stopped WildFly. Each run gets a fresh data directory.
 *
 * <p>The port comes from the system property {@value #PORT_PROPERTY} (failsafe sets it from the Maven
 * property of the same name, default 55432); WildFly reaches the database through the environment
 * variables PAKN_DB_* that failsafe sets for the test JVM and that the managed server inherits.
 * Registered in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class EmbeddedPostgresSession implements LauncherSessionListener {

    public static final String PORT_PROPERTY = "pakn.it.postgres.port";
    public static final int DEFAULT_PORT = 55432;

    private EmbeddedPostgres postgres;

    /** The port of the IT database, as the server and the tests see it. */
    public static int port() {
        return Integer.getInteger(PORT_PROPERTY, DEFAULT_PORT);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var builder = EmbeddedPostgres.builder()
                .setPort(port())
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                // A test database: durability across an OS crash is not what we test here.
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200");
        if (UnprivilegedPgBinaryResolver.runningAsRoot()) {
            builder.setPgBinaryResolver(new UnprivilegedPgBinaryResolver());
        }
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the integration tests on port "
                    + port() + " (is the port taken? choose another with -D" + PORT_PROPERTY + "=…)", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
            } finally {
                postgres = null;
            }
        }
    }
}
