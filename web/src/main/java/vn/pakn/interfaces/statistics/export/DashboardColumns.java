package vn.pakn.interfaces.statistics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import vn.pakn.application.statistics.GroupBy;
import vn.pakn.application.statistics.StatisticsRow;

/**
 * The columns of a dashboard table as both files write them, with their Vietnamese headers, and the texts of the
 * file header (period, time of export in Vietnam time, scope). One place, so the workbook and the PDF say the same.
 */
final class DashboardColumns {

    /** Below this many answered cases an on-time rate says little: the dashboard greys it, the files note it. */
    static final int SMALL_NUMBER = 10;

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** How a value is shown: a count, a share 0..1 shown as a percentage, a mean with one or two decimals, or text. */
    enum Kind { COUNT, PERCENT, DECIMAL, TEXT }

    record Column(String header, Kind kind, Function<StatisticsRow, Object> value) {
    }

    static final List<Column> FIGURES = List.of(
            new Column("Tiếp nhận", Kind.COUNT, StatisticsRow::received),
            new Column("Đã trả lời (n)", Kind.COUNT, StatisticsRow::answered),
            new Column("Trả lời đúng hạn", Kind.COUNT, StatisticsRow::answeredOnTime),
            new Column("Tỷ lệ đúng hạn", Kind.PERCENT, StatisticsRow::onTimeRate),
            new Column("Đang quá hạn", Kind.COUNT, StatisticsRow::overdueNow),
            new Column("Số ngày làm việc TB", Kind.DECIMAL, StatisticsRow::averageAnswerWorkingDays),
            new Column("Hài lòng TB (1–5)", Kind.DECIMAL, StatisticsRow::averageRating),
            new Column("Số lượt đánh giá", Kind.COUNT, StatisticsRow::ratings),
            new Column("Ghi chú", Kind.TEXT, DashboardColumns::note));

    private DashboardColumns() {
    }

    static String title() {
        return "BÁO CÁO TỔNG HỢP TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ";
    }

    static String period(LocalDate from, LocalDate to) {
        return "Kỳ báo cáo: từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to);
    }

    static String exportedAt(Instant at) {
        return "Thời điểm xuất: " + MINUTE.format(at.atZone(VIETNAM)) + " (giờ Việt Nam)";
    }

    static String scope(String unitCode) {
        return "Phạm vi: " + (unitCode == null ? "toàn hệ thống" : "đơn vị " + unitCode + " và các đơn vị trực thuộc");
    }

    /** The table's name: the sheet name in the workbook, the section heading in the PDF. */
    static String tableName(GroupBy groupBy) {
        return switch (groupBy) {
            case UNIT -> "Theo đơn vị";
            case CATEGORY -> "Theo lĩnh vực";
            case CHANNEL -> "Theo kênh";
            case MONTH -> "Theo tháng";
            case WEEK -> "Theo tuần";
        };
    }

    /** Header of the first column, the group. */
    static String groupHeader(GroupBy groupBy) {
        return switch (groupBy) {
            case UNIT -> "Đơn vị";
            case CATEGORY -> "Lĩnh vực";
            case CHANNEL -> "Kênh tiếp nhận";
            case MONTH -> "Tháng";
            case WEEK -> "Tuần";
        };
    }

    static String label(StatisticsRow row) {
        return row.label() == null ? row.key() : row.label();
    }

    static String note(StatisticsRow row) {
        return row.answered() > 0 && row.answered() < SMALL_NUMBER
                ? "Số liệu nhỏ (n=" + row.answered() + "), tỷ lệ chưa đủ tin cậy để so sánh" : "";
    }

    /** The value as text, for the PDF: "87,5%", "2,35", "—" for no value. Vietnamese decimal comma. */
    static String text(Kind kind, Object value) {
        if (value == null) {
            return kind == Kind.TEXT ? "" : "—";
        }
        return switch (kind) {
            case COUNT -> String.format(java.util.Locale.ROOT, "%,d", ((Number) value).longValue()).replace(',', '.');
            case PERCENT -> String.format(java.util.Locale.ROOT, "%.1f%%", ((Number) value).doubleValue() * 100).replace('.', ',');
            case DECIMAL -> String.format(java.util.Locale.ROOT, "%.2f", ((Number) value).doubleValue()).replace('.', ',');
            case TEXT -> value.toString();
        };
    }
}
