package vn.pakn.application.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.persistence.H2Migrations;

/** V10 (Open311) runs on H2 in PostgreSQL mode after V1, and its keys refuse what the code relies on them to refuse. */
class Open311SchemaSqlTest {

    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = H2Migrations.open("V1__core_schema.sql", "V10__open311.sql");
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO category (id, code, name_vi, forward_working_days, answer_working_days, max_extension_days, "
                    + "warn_before_working_hours) VALUES (1, 'CAP_NUOC', 'Cấp nước', 1, 10, 10, 8)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void attributesWithValuesAreStoredAndRemovedWithTheirCategory() throws SQLException {
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO category_attribute (id, category_id, code, datatype, required, variable, description_vi, sort_order) "
                    + "VALUES (nextval('category_attribute_seq'), 1, 'MUC_DO', 'SINGLEVALUELIST', TRUE, TRUE, 'Mức độ', 1)");
            s.execute("INSERT INTO category_attribute_value (attribute_id, value_key, name_vi, sort_order) "
                    + "SELECT id, '1', 'Một hộ', 0 FROM category_attribute");
            assertThatThrownBy(() -> s.execute("INSERT INTO category_attribute (id, category_id, code, datatype, description_vi, sort_order) "
                    + "VALUES (nextval('category_attribute_seq'), 1, 'MUC_DO', 'STRING', 'lặp', 2)")).isInstanceOf(SQLException.class);

            s.execute("DELETE FROM category WHERE id = 1");

            var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM category_attribute) + (SELECT COUNT(*) FROM category_attribute_value)");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void aKeyHashIsUnique() throws SQLException {
        try (var s = db.createStatement()) {
            String insert = "INSERT INTO open311_api_key (id, client_name, key_prefix, key_hash, created_at, created_by) "
                    + "VALUES (nextval('open311_api_key_seq'), 'A', 'o311_abcdef', 'h1', CURRENT_TIMESTAMP, 'admin')";
            s.execute(insert);
            assertThatThrownBy(() -> s.execute(insert)).isInstanceOf(SQLException.class);
        }
    }
}
