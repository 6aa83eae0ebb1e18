package vn.pakn.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.persistence.H2Migrations;

/** The per-day table's migration and statements on H2 in PostgreSQL mode (the server's default database). */
class DailyStatisticsSqlTest {

    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = H2Migrations.open("V1__core_schema.sql", "V53__dashboard.sql", "V62__dashboard_weeks_drilldown.sql");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void migrationLeavesTheTableToBeRebuilt() throws SQLException {
        try (var rs = db.createStatement().executeQuery("SELECT built_until, calendar_key FROM case_stat_state WHERE id = 1 FOR UPDATE")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isNull();
            assertThat(rs.getObject(2)).isNull();
        }
        try (var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM pakn_case WHERE stats_touched_at IS NULL")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void multiRowInsertWithoutUnitOrCategoryAndGroupedSumsOfAUnitSubset() throws SQLException {
        try (var ps = db.prepareStatement("INSERT INTO case_stat_day (stat_day, unit_id, category_id, channel, received, reports,"
                + " answered, answered_on_time, returned, reopened, answer_days, rating_sum, ratings) VALUES"
                + " (?, CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),"
                + " (?, CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[][] rows = {
                {LocalDate.of(2026, 11, 2), 5L, 7L, "PORTAL", 10, 12, 8, 7, 1, 0, 20.5, 30, 7},
                {LocalDate.of(2026, 11, 3), null, null, "HOTLINE", 3, 3, 0, 0, 0, 1, 0.0, 0, 0}};
            int p = 1;
            for (Object[] row : rows) {
                for (Object v : row) {
                    if (v == null) {
                        ps.setNull(p++, Types.BIGINT);
                    } else {
                        ps.setObject(p++, v);
                    }
                }
            }
            assertThat(ps.executeUpdate()).isEqualTo(2);
        }
        try (var ps = db.prepareStatement("SELECT unit_id, SUM(received), SUM(answer_days) FROM case_stat_day"
                + " WHERE stat_day >= ? AND stat_day <= ? AND unit_id IN (?, ?) GROUP BY unit_id")) {
            ps.setObject(1, LocalDate.of(2026, 11, 1));
            ps.setObject(2, LocalDate.of(2026, 11, 30));
            ps.setLong(3, 5L);
            ps.setLong(4, 6L);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(5L);
                assertThat(rs.getLong(2)).isEqualTo(10L);
                assertThat(rs.getDouble(3)).isEqualTo(20.5);
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void aMonthsRollUpIsTheSumOfItsDays() throws SQLException {
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO case_stat_day VALUES (DATE '2026-10-01', 5, 7, 'PORTAL', 2, 2, 1, 1, 0, 0, 1.5, 4, 1),"
                    + " (DATE '2026-10-31', 5, 7, 'PORTAL', 3, 4, 2, 1, 1, 0, 2.0, 9, 2),"
                    + " (DATE '2026-11-01', 5, 7, 'PORTAL', 100, 100, 0, 0, 0, 0, 0.0, 0, 0),"
                    + " (DATE '2026-10-10', NULL, NULL, 'HOTLINE', 1, 1, 0, 0, 0, 0, 0.0, 0, 0)");
        }
        try (var ps = db.prepareStatement("INSERT INTO case_stat_month (stat_month, unit_id, category_id, channel, received,"
                + " reports, answered, answered_on_time, returned, reopened, answer_days, rating_sum, ratings)"
                + " SELECT CAST(? AS DATE), unit_id, category_id, channel, SUM(received), SUM(reports), SUM(answered),"
                + " SUM(answered_on_time), SUM(returned), SUM(reopened), SUM(answer_days), SUM(rating_sum), SUM(ratings)"
                + " FROM case_stat_day WHERE stat_day >= ? AND stat_day <= ? GROUP BY unit_id, category_id, channel")) {
            ps.setObject(1, LocalDate.of(2026, 10, 1));
            ps.setObject(2, LocalDate.of(2026, 10, 1));
            ps.setObject(3, LocalDate.of(2026, 10, 31));
            assertThat(ps.executeUpdate()).isEqualTo(2);
        }
        try (var rs = db.createStatement().executeQuery(
                "SELECT stat_month, received, reports, answer_days, rating_sum, ratings FROM case_stat_month WHERE unit_id = 5")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(rs.getLong(2)).isEqualTo(5);
            assertThat(rs.getLong(3)).isEqualTo(6);
            assertThat(rs.getDouble(4)).isEqualTo(3.5);
            assertThat(rs.getLong(5)).isEqualTo(13);
            assertThat(rs.getLong(6)).isEqualTo(3);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aWeeksRollUpIsTheSumOfItsDaysPerUnit() throws SQLException {
        try (var s = db.createStatement()) {
            // Monday 16 to Sunday 22 November 2026, and the days either side that must stay out
            s.execute("INSERT INTO case_stat_day VALUES (DATE '2026-11-15', 5, 7, 'PORTAL', 100, 100, 0, 0, 0, 0, 0.0, 0, 0),"
                    + " (DATE '2026-11-16', 5, 7, 'PORTAL', 2, 2, 1, 1, 0, 0, 1.5, 4, 1),"
                    + " (DATE '2026-11-22', 5, 8, 'HOTLINE', 3, 4, 2, 1, 1, 0, 2.0, 9, 2),"
                    + " (DATE '2026-11-23', 5, 7, 'PORTAL', 100, 100, 0, 0, 0, 0, 0.0, 0, 0),"
                    + " (DATE '2026-11-18', NULL, NULL, 'EMAIL', 1, 1, 0, 0, 0, 1, 0.0, 0, 0)");
        }
        try (var ps = db.prepareStatement(DailyStatistics.WEEK_ROLL_UP.replace("?1", "?").replace("?2", "?"))) {
            ps.setObject(1, LocalDate.of(2026, 11, 16));
            ps.setObject(2, LocalDate.of(2026, 11, 16));
            ps.setObject(3, LocalDate.of(2026, 11, 22));
            assertThat(ps.executeUpdate()).isEqualTo(2);
        }
        try (var rs = db.createStatement().executeQuery("SELECT stat_week, unit_id, received, reports, answered,"
                + " answered_on_time, returned, reopened, answer_days, rating_sum, ratings FROM case_stat_week ORDER BY unit_id NULLS FIRST")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(2)).isNull();
            assertThat(rs.getLong(3)).isEqualTo(1);
            assertThat(rs.getLong(8)).isEqualTo(1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(rs.getLong(2)).isEqualTo(5);
            assertThat(new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(10),
                rs.getLong(11)}).containsExactly(5, 6, 3, 2, 1, 13, 3);
            assertThat(rs.getDouble(9)).isEqualTo(3.5);
            assertThat(rs.next()).isFalse();
        }
    }
}
