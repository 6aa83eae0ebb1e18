package vn.pakn.it.support;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}), and CI containers often run
 * the build as root. This resolver hands zonky the same binaries from Maven Central, with
 * {@code bin/initdb} and {@code bin/pg_ctl} replaced by small shell wrappers that, when started by root,
 * give the data directory to the unprivileged user {@code nobody} and run the real program as that user
 * through {@code setpriv}. Started by anybody else, the wrappers simply run the real program.
 *
 * <p>The repacked archive is deterministic, so zonky extracts it once and reuses the extraction.
 */
final class UnprivilegedPgBinaryResolver implements PgBinaryResolver {

    /** uid and gid of {@code nobody} on Debian, Ubuntu, RHEL and Alpine alike. */
    static final int NOBODY = 65534;

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");

    private static final String WRAPPER = """
            #!/bin/sh
            # Written by vn.pakn.it.support.UnprivilegedPgBinaryResolver: PostgreSQL refuses to run as root,
            # so as root hand the data directory (-D) to nobody and run the real program as nobody.
            real="$0.real"
            if [ "$(id -u)" != 0 ]; then exec "$real" "$@"; fi
            prev=
            for arg in "$@"; do
              if [ "$prev" = "-D" ]; then chown -R %1$d:%1$d "$arg"; fi
              prev="$arg"
            done
            exec setpriv --reuid=%1$d --regid=%1$d --clear-groups "$real" "$@"
            """.formatted(NOBODY);

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        var repacked = new ByteArrayOutputStream(32 << 20);
        try (var in = new TarArchiveInputStream(new XZInputStream(
                        DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)));
                var out = new TarArchiveOutputStream(new XZOutputStream(repacked, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextTarEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name)) {
                    copy(in, out, renamed(entry, name + ".real"));
                    byte[] script = WRAPPER.getBytes(StandardCharsets.US_ASCII);
                    var wrapper = new TarArchiveEntry(name);
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    wrapper.setModTime(entry.getModTime());
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    copy(in, out, entry);
                }
            }
            out.finish();
        }
        return new ByteArrayInputStream(repacked.toByteArray());
    }

    private static TarArchiveEntry renamed(TarArchiveEntry entry, String name) {
        var copy = new TarArchiveEntry(name);
        copy.setMode(entry.getMode());
        copy.setSize(entry.getSize());
        copy.setModTime(entry.getModTime());
        return copy;
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
            throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }
}
