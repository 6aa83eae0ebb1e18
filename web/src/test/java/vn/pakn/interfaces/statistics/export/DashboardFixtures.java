package vn.pakn.interfaces.statistics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.pakn.application.call.HotlineFigures;
import vn.pakn.application.statistics.GroupBy;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.application.statistics.StatisticsRow;

/** A small dashboard with Vietnamese labels, a small-number unit and a unit with nothing answered. */
final class DashboardFixtures {

    static final Instant EXPORTED = Instant.parse("2026-11-23T02:05:00Z"); // 09:05 in Hà Nội

    private DashboardFixtures() {
    }

    static DashboardData data(boolean withHotline) {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        var units = new StatisticsReport(from, to, GroupBy.UNIT, EXPORTED, null, List.of(
                row("UBND-Q1", "Ủy ban nhân dân Quận 1", 120, 80, 70, 3, 4.2, 36),
                row("SO-GTVT", "Sở Giao thông vận tải", 9, 4, 3, 1, null, 0),
                row("SO-TNMT", "Sở Tài nguyên và Môi trường", 5, 0, 0, 2, null, 0)),
                row("total", "Tổng cộng", 134, 84, 73, 6, 4.2, 36));
        var categories = new StatisticsReport(from, to, GroupBy.CATEGORY, EXPORTED, null, List.of(
                row("DIEN-CHIEU-SANG", "Điện chiếu sáng công cộng", 134, 84, 73, 6, 4.2, 36)),
                row("total", "Tổng cộng", 134, 84, 73, 6, 4.2, 36));
        var channels = new StatisticsReport(from, to, GroupBy.CHANNEL, EXPORTED, null, List.of(
                row("HOTLINE", "Đường dây nóng", 100, 60, 50, 4, 4.0, 20),
                row("PORTAL", "Cổng thông tin", 34, 24, 23, 2, 4.45, 16)),
                row("total", "Tổng cộng", 134, 84, 73, 6, 4.2, 36));
        HotlineFigures calls = withHotline
                ? new HotlineFigures(500, 450, 30, 20, 0, 400, 0.0625, 0.8333, 12.5, 180.0, 5, 28, 25, 40, 4.1) : null;
        return new DashboardData(from, to, EXPORTED, null, List.of(units, categories, channels), calls);
    }

    static StatisticsRow row(String key, String label, long received, long answered, long onTime, long overdue,
            Double rating, long ratings) {
        return new StatisticsRow(key, label, received, received, answered, onTime,
                answered == 0 ? null : (double) onTime / answered, overdue, 0, 0, answered == 0 ? null : 3.5, rating, ratings);
    }
}
