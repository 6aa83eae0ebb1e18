package vn.pakn.infrastructure.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.persistence.H2Migrations;

/**
 * V50 on H2 in PostgreSQL mode (the embedded default): a 10 MB file streamed in and out of BYTEA byte for
 * byte, as {@link AttachmentContents} does, and no attachment without an owner.
 */
class AttachmentSchemaSqlTest {

    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = H2Migrations.open("V1__core_schema.sql", "V50__attachments.sql");
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO pakn_case (id, tracking_code, title, description, state, channel, received_at, forward_due_at)"
                    + " VALUES (1, '1234567890', 'Ổ gà', 'Ổ gà lớn', 'RECEIVED', 'PORTAL', NOW(), NOW())");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void streamsTenMegabytesInAndOutUnchanged() throws Exception {
        byte[] photo = new byte[10 * 1024 * 1024];
        new java.util.Random(5).nextBytes(photo);
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO attachment (id, case_id, file_name, content_type, size_bytes, channel, visibility, created_at)"
                    + " VALUES (1, 1, 'ảnh.jpg', 'image/jpeg', " + photo.length + ", 'EMAIL', 'STAFF', NOW())");
        }
        try (var insert = db.prepareStatement("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")) {
            insert.setLong(1, 1);
            insert.setBinaryStream(2, new ByteArrayInputStream(photo), photo.length);
            insert.executeUpdate();
        }

        try (var rs = db.createStatement().executeQuery("SELECT content FROM attachment_content WHERE attachment_id = 1")) {
            assertThat(rs.next()).isTrue();
            try (var in = rs.getBinaryStream(1)) {
                assertThat(in.readAllBytes()).isEqualTo(photo);
            }
        }
    }

    @Test
    void refusesAnAttachmentThatBelongsToNothing() {
        assertThatThrownBy(() -> db.createStatement().execute(
                "INSERT INTO attachment (id, file_name, content_type, size_bytes, channel, visibility, created_at)"
                        + " VALUES (2, 'x.pdf', 'application/pdf', 1, 'PORTAL', 'PUBLIC', NOW())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("attachment_owner_ck");
    }
}
