package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The PostgreSQL both halves of the benchmark run against: zonky's embedded binaries from Maven Central,
 * a fresh data directory, a free port. Durability settings are those of production (fsync on,
 * synchronous_commit as chosen, default {@code on}), because an acknowledged report must survive a crash.
 */
final class BenchPostgres implements AutoCloseable {

    /** The integration tests' resolver that runs initdb and pg_ctl as an unprivileged user when we are root. */
    private static final String ROOT_RESOLVER = "vn.pakn.it.support.UnprivilegedPgBinaryResolver";

    private final EmbeddedPostgres postgres;
    private final Optional<ProcessHandle> postmaster;

    private BenchPostgres(EmbeddedPostgres postgres) throws SQLException {
        this.postgres = postgres;
        try (Connection c = connect(); var rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            this.postmaster = ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent);
        }
    }

    static BenchPostgres start(String synchronousCommit, int maxConnections) throws Exception {
        return start(synchronousCommit, maxConnections, null);
    }

    /** @param dataDirectory kept between runs when given (a benchmark's loaded data), else a fresh temporary one */
    static BenchPostgres start(String synchronousCommit, int maxConnections, java.nio.file.Path dataDirectory) throws Exception {
        var builder = EmbeddedPostgres.builder()
                .setPort(freePort())
                .setCleanDataDirectory(dataDirectory == null)
                .setPGStartupWait(Duration.ofSeconds(120))
                // zonky starts postgres with -F (fsync off); production flushes, so turn it back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", synchronousCommit)
                .setServerConfig("max_connections", String.valueOf(maxConnections))
                .setServerConfig("shared_buffers", "256MB");
        if (dataDirectory != null) {
            java.nio.file.Files.createDirectories(dataDirectory);
            builder.setDataDirectory(dataDirectory);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            builder.setPgBinaryResolver(rootResolver());
        }
        return new BenchPostgres(builder.start());
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    Optional<ProcessHandle> postmaster() {
        return postmaster;
    }

    String version() throws SQLException {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Cumulative counters of the database, to tell what one operation costs: {commits, rows inserted, rows
     * updated, WAL flushes (fsyncs)}. PostgreSQL publishes them about once a second.
     */
    long[] counters() throws SQLException {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery(
                "SELECT d.xact_commit, d.tup_inserted, d.tup_updated, w.wal_sync FROM pg_stat_database d, pg_stat_wal w"
                        + " WHERE d.datname = current_database()")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static PgBinaryResolver rootResolver() throws ReflectiveOperationException {
        try {
            var constructor = Class.forName(ROOT_RESOLVER).getDeclaredConstructor();
            constructor.setAccessible(true);
            return (PgBinaryResolver) constructor.newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("PostgreSQL refuses to run as root and " + ROOT_RESOLVER
                    + " (the integration tests' workaround) is not on the classpath: run the benchmark as an"
                    + " ordinary user", e);
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
