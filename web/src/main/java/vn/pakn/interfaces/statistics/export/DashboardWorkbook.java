package vn.pakn.interfaces.statistics.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.application.statistics.StatisticsRow;

/**
 * The dashboard as an Excel workbook: one sheet per table (unit, category, channel), each with the report header
 * (title, period, time of export, scope), the Vietnamese column headers, a row per group and the total; and a
 * "Tổng đài" sheet with the hotline KPIs when present. Numbers are numeric cells (rates as 0..1 with a percentage
 * format), so leaders can go on calculating in Excel.
 */
public final class DashboardWorkbook {

    private DashboardWorkbook() {
    }

    public static void write(DashboardData data, OutputStream out) throws IOException {
        try (var wb = new SXSSFWorkbook(200)) {
            var styles = new Styles(wb);
            for (StatisticsReport table : data.tables()) {
                SXSSFSheet sheet = wb.createSheet(DashboardColumns.tableName(table.groupBy()));
                int r = header(sheet, data, styles);
                Row head = sheet.createRow(r++);
                styles.text(head, 0, DashboardColumns.groupHeader(table.groupBy()), styles.header);
                for (int c = 0; c < DashboardColumns.FIGURES.size(); c++) {
                    styles.text(head, c + 1, DashboardColumns.FIGURES.get(c).header(), styles.header);
                }
                for (StatisticsRow row : table.rows()) {
                    figures(sheet.createRow(r++), row, styles, false);
                }
                figures(sheet.createRow(r), table.total(), styles, true);
                sheet.setColumnWidth(0, width(table.rows().stream().mapToInt(x -> DashboardColumns.label(x).length()).max().orElse(10)));
                for (int c = 1; c < DashboardColumns.FIGURES.size(); c++) {
                    sheet.setColumnWidth(c, width(12));
                }
                sheet.setColumnWidth(DashboardColumns.FIGURES.size(), width(40));
                sheet.createFreezePane(1, 6);
            }
            if (data.hotline() != null) {
                SXSSFSheet sheet = wb.createSheet("Tổng đài");
                int r = header(sheet, data, styles);
                Row head = sheet.createRow(r++);
                styles.text(head, 0, "Chỉ số tổng đài", styles.header);
                styles.text(head, 1, "Giá trị", styles.header);
                for (var line : HotlineLines.of(data.hotline())) {
                    Row row = sheet.createRow(r++);
                    styles.text(row, 0, line.name(), null);
                    styles.value(row, 1, line.kind(), line.value(), false);
                }
                sheet.setColumnWidth(0, width(40));
                sheet.setColumnWidth(1, width(12));
            }
            wb.write(out);
        }
    }

    /**
     * A column width for about {@code chars} characters, at most 60. Computed, not auto-sized: auto-sizing measures
     * text with the JVM's AWT fonts, which a headless server may not have.
     */
    static int width(int chars) {
        return Math.min(60, Math.max(8, chars + 2)) * 256;
    }

    /** Title, period, time of export, scope and a blank line; returns the next row index. */
    private static int header(Sheet sheet, DashboardData data, Styles styles) {
        styles.text(sheet.createRow(0), 0, DashboardColumns.title(), styles.title);
        styles.text(sheet.createRow(1), 0, DashboardColumns.period(data.from(), data.to()), null);
        styles.text(sheet.createRow(2), 0, DashboardColumns.exportedAt(data.exportedAt()), null);
        styles.text(sheet.createRow(3), 0, DashboardColumns.scope(data.scopeUnitCode()), null);
        return 5;
    }

    private static void figures(Row row, StatisticsRow figures, Styles styles, boolean total) {
        styles.text(row, 0, DashboardColumns.label(figures), total ? styles.bold : null);
        for (int c = 0; c < DashboardColumns.FIGURES.size(); c++) {
            var column = DashboardColumns.FIGURES.get(c);
            styles.value(row, c + 1, column.kind(), column.value().apply(figures), total);
        }
    }

    /** The cell styles of one workbook (a workbook holds at most 64000 styles: create them once). */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        private final CellStyle count;
        private final CellStyle percent;
        private final CellStyle decimal;
        private final CellStyle countBold;
        private final CellStyle percentBold;
        private final CellStyle decimalBold;

        Styles(Workbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font strong = wb.createFont();
            strong.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(strong);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            bold = wb.createCellStyle();
            bold.setFont(strong);
            var format = wb.createDataFormat();
            count = numeric(wb, format.getFormat("#,##0"), null);
            percent = numeric(wb, format.getFormat("0.0%"), null);
            decimal = numeric(wb, format.getFormat("0.00"), null);
            countBold = numeric(wb, format.getFormat("#,##0"), strong);
            percentBold = numeric(wb, format.getFormat("0.0%"), strong);
            decimalBold = numeric(wb, format.getFormat("0.00"), strong);
        }

        private static CellStyle numeric(Workbook wb, short format, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            if (font != null) {
                s.setFont(font);
            }
            return s;
        }

        void text(Row row, int column, String value, CellStyle style) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        /** A number cell, or an empty cell where there is no value (nothing answered, no rating). */
        void value(Row row, int column, DashboardColumns.Kind kind, Object value, boolean total) {
            if (kind == DashboardColumns.Kind.TEXT) {
                text(row, column, value == null ? "" : value.toString(), total ? bold : null);
                return;
            }
            var cell = row.createCell(column);
            if (value == null) {
                return;
            }
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(switch (kind) {
                case COUNT -> total ? countBold : count;
                case PERCENT -> total ? percentBold : percent;
                default -> total ? decimalBold : decimal;
            });
        }
    }
}
