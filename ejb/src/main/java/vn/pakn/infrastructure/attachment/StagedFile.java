package vn.pakn.infrastructure.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.pakn.domain.model.attachment.Attachment;

/**
 * An incoming file spooled to a temporary file before any transaction starts: its size and SHA-256 counted
 * while it is copied, its type sniffed from the bytes. Copying stops one byte past the limit, so a huge upload
 * costs no more than the limit; such a file is {@link #truncated()} and refused. Close it to delete the copy.
 */
public final class StagedFile implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final String givenName;
    private final String declaredType;
    private final String contentType;
    private final long size;
    private final boolean truncated;
    private final String sha256;

    private StagedFile(Path path, String givenName, String declaredType, String contentType, long size, boolean truncated,
                       String sha256) {
        this.path = path;
        this.givenName = givenName;
        this.declaredType = declaredType;
        this.contentType = contentType;
        this.size = size;
        this.truncated = truncated;
        this.sha256 = sha256;
    }

    /**
     * Copies at most {@code maxBytes + 1} bytes of {@code in} to a temporary file (the stream is not closed).
     *
     * @param givenName    the file name the sender gave (not yet made safe), may be null
     * @param declaredType the Content-Type the sender claimed, kept for the record only
     */
    public static StagedFile stage(InputStream in, String givenName, String declaredType, long maxBytes) throws IOException {
        Path tmp = Files.createTempFile("pakn-attachment-", ".part");
        try {
            MessageDigest sha = newDigest();
            long copied = 0;
            boolean truncated = false;
            try (var digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = digesting.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - copied))) > 0) {
                    out.write(buffer, 0, n);
                    copied += n;
                    if (copied > maxBytes) {
                        truncated = true;
                        break;
                    }
                }
            }
            String type = copied == 0 ? vn.pakn.domain.model.attachment.FileTypes.UNKNOWN : FileSniffer.sniff(tmp);
            return new StagedFile(tmp, givenName, declaredType, type, copied, truncated, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A file already in memory (an e-mail attachment the parser decoded). */
    public static StagedFile of(byte[] bytes, String givenName, String declaredType) {
        try {
            return stage(new java.io.ByteArrayInputStream(bytes), givenName, declaredType, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage an attachment in the temporary directory", e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** The facts an {@link Attachment} records; the size of a truncated file is "more than the limit". */
    public Attachment.FileFacts facts() {
        return new Attachment.FileFacts(givenName, declaredType, contentType, size, truncated ? null : sha256);
    }

    public String givenName() { return givenName; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public boolean truncated() { return truncated; }
    public String sha256() { return sha256; }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The temporary directory is cleaned by the OS; a left-over file is not worth failing a request.
            path.toFile().deleteOnExit();
        }
    }
}
