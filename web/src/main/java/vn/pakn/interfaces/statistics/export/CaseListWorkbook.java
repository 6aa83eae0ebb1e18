package vn.pakn.interfaces.statistics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.pakn.application.cases.CaseViews;

/**
 * The cases behind a dashboard row as a workbook, streamed (SXSSF keeps 200 rows in memory, so ten thousand cases
 * cost no more than a hundred). Only what the staff case list shows: code, subject, state, channel, category, area,
 * lead unit, dates, overdue and paused flags, number of reports. Never the reporter's name, phone, e-mail or ID: the
 * list carries none of them, whatever the role, so the export cannot leak them either.
 */
public final class CaseListWorkbook {

    static final List<String> HEADERS = List.of("Mã hồ sơ", "Tiêu đề", "Trạng thái", "Kênh", "Lĩnh vực", "Địa bàn",
            "Đơn vị chủ trì", "Ngày tiếp nhận", "Hạn xử lý", "Quá hạn", "Tạm dừng", "Số phản ánh");

    /** The cases to write, page by page, and how many there are in all (more than written when capped). */
    public interface Source {
        Iterable<CaseViews.Summary> cases();

        long total();
    }

    private CaseListWorkbook() {
    }

    /**
     * @param filters the filters of the list in words ("Đơn vị: UBND-Q1; Kênh: HOTLINE"), written under the period
     * @param limit at most this many cases are written; the header says so when there are more
     */
    public static void write(Source source, String filters, java.time.LocalDate from, java.time.LocalDate to,
            Instant exportedAt, int limit, OutputStream out) throws IOException {
        try (var wb = new SXSSFWorkbook(200)) {
            var styles = new DashboardWorkbook.Styles(wb);
            var sheet = wb.createSheet("Hồ sơ");
            styles.text(sheet.createRow(0), 0, "DANH SÁCH HỒ SƠ PHẢN ÁNH, KIẾN NGHỊ", styles.title);
            styles.text(sheet.createRow(1), 0, DashboardColumns.period(from, to), null);
            styles.text(sheet.createRow(2), 0, DashboardColumns.exportedAt(exportedAt), null);
            long total = source.total();
            styles.text(sheet.createRow(3), 0, (filters.isBlank() ? "" : "Lọc: " + filters + ". ")
                    + (total > limit ? "Có " + total + " hồ sơ, tệp gồm " + limit + " hồ sơ mới nhất." : "Số hồ sơ: " + total + "."), null);
            Row head = sheet.createRow(5);
            for (int c = 0; c < HEADERS.size(); c++) {
                styles.text(head, c, HEADERS.get(c), styles.header);
            }
            int r = 6;
            int written = 0;
            for (CaseViews.Summary s : source.cases()) {
                if (written++ >= limit) {
                    break;
                }
                Row row = sheet.createRow(r++);
                int c = 0;
                styles.text(row, c++, s.trackingCode(), null);
                styles.text(row, c++, s.title(), null);
                styles.text(row, c++, s.stateLabelVi(), null);
                styles.text(row, c++, s.channel().labelVi(), null);
                styles.text(row, c++, orEmpty(s.categoryName()), null);
                styles.text(row, c++, orEmpty(s.areaName()), null);
                styles.text(row, c++, orEmpty(s.leadUnitName()), null);
                styles.text(row, c++, time(s.receivedAt()), null);
                styles.text(row, c++, time(s.dueAt()), null);
                styles.text(row, c++, s.overdue() ? "Có" : "", null);
                styles.text(row, c++, s.paused() ? "Có" : "", null);
                styles.value(row, c, DashboardColumns.Kind.COUNT, s.reportCount(), false);
            }
            int[] widths = {12, 60, 18, 16, 30, 24, 36, 17, 17, 8, 9, 10};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, DashboardWorkbook.width(widths[c]));
            }
            sheet.createFreezePane(1, 6);
            wb.write(out);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant at) {
        return at == null ? "" : DashboardColumns.MINUTE.format(at.atZone(DashboardColumns.VIETNAM));
    }
}
