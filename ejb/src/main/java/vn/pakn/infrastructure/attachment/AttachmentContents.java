package vn.pakn.infrastructure.attachment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The bytes of attachments, streamed into and out of {@code attachment_content} over plain JDBC: JPA would
 * hold a whole file in a byte array. Called inside the caller's JTA transaction, whose connection the
 * datasource shares, so the bytes commit (or roll back) with the report or answer they belong to.
 */
@ApplicationScoped
public class AttachmentContents {

    @Resource(lookup = "java:jboss/datasources/PaknDS")
    private DataSource dataSource;

    /** Writes the content of a stored attachment row (flush the row first: the content refers to it). */
    public void write(long attachmentId, StagedFile file) {
        try (Connection c = dataSource.getConnection();
             var insert = c.prepareStatement("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)");
             InputStream in = file.open()) {
            insert.setLong(1, attachmentId);
            insert.setBinaryStream(2, in, file.size());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the content of attachment " + attachmentId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staged file of attachment " + attachmentId, e);
        }
    }

    /** Copies the content to {@code out}; false when there is none. */
    public boolean copyTo(long attachmentId, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT content FROM attachment_content WHERE attachment_id = ?")) {
            select.setLong(1, attachmentId);
            try (var rs = select.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    in.transferTo(out);
                }
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the content of attachment " + attachmentId, e);
        }
    }
}
