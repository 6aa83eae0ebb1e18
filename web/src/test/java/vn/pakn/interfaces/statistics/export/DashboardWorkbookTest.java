package vn.pakn.interfaces.statistics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DashboardWorkbookTest {

    private static XSSFWorkbook written(DashboardData data) throws Exception {
        var out = new ByteArrayOutputStream();
        DashboardWorkbook.write(data, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    @Test
    void writesOneSheetPerTableWithVietnameseHeadersAndThePeriod() throws Exception {
        try (var wb = written(DashboardFixtures.data(false))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("Theo đơn vị");
            assertThat(wb.getSheetName(1)).isEqualTo("Theo lĩnh vực");
            assertThat(wb.getSheetName(2)).isEqualTo("Theo kênh");
            Sheet units = wb.getSheetAt(0);
            assertThat(units.getRow(0).getCell(0).getStringCellValue()).contains("PHẢN ÁNH, KIẾN NGHỊ");
            assertThat(units.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kỳ báo cáo: từ ngày 01/11/2026 đến ngày 30/11/2026");
            assertThat(units.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Thời điểm xuất: 23/11/2026 09:05 (giờ Việt Nam)");
            assertThat(units.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Phạm vi: toàn hệ thống");
            Row head = units.getRow(5);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Tiếp nhận");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Đã trả lời (n)");
            assertThat(head.getCell(4).getStringCellValue()).isEqualTo("Tỷ lệ đúng hạn");
            assertThat(head.getCell(5).getStringCellValue()).isEqualTo("Đang quá hạn");
            assertThat(head.getCell(7).getStringCellValue()).isEqualTo("Hài lòng TB (1–5)");
            assertThat(wb.getSheetAt(1).getRow(5).getCell(0).getStringCellValue()).isEqualTo("Lĩnh vực");
            assertThat(wb.getSheetAt(2).getRow(5).getCell(0).getStringCellValue()).isEqualTo("Kênh tiếp nhận");
        }
    }

    @Test
    void writesFiguresAsNumbersWithRatesAsPercentages() throws Exception {
        try (var wb = written(DashboardFixtures.data(false))) {
            Row q1 = rowLabelled(wb.getSheetAt(0), "Ủy ban nhân dân Quận 1");
            assertThat(q1.getCell(1).getNumericCellValue()).isEqualTo(120);
            assertThat(q1.getCell(2).getNumericCellValue()).isEqualTo(80);
            assertThat(q1.getCell(3).getNumericCellValue()).isEqualTo(70);
            assertThat(q1.getCell(4).getNumericCellValue()).isEqualTo(0.875);
            assertThat(new DataFormatter().formatCellValue(q1.getCell(4))).isEqualTo("87.5%");
            assertThat(q1.getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(q1.getCell(7).getNumericCellValue()).isEqualTo(4.2);
            assertThat(q1.getCell(8).getNumericCellValue()).isEqualTo(36);
            Row total = rowLabelled(wb.getSheetAt(0), "Tổng cộng");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(134);
            assertThat(total.getRowNum()).isEqualTo(9);
        }
    }

    @Test
    void flagsSmallNumbersAndLeavesRatesWithoutDenominatorEmpty() throws Exception {
        try (var wb = written(DashboardFixtures.data(false))) {
            Row small = rowLabelled(wb.getSheetAt(0), "Sở Giao thông vận tải");
            assertThat(small.getCell(9).getStringCellValue()).startsWith("Số liệu nhỏ (n=4)");
            Row none = rowLabelled(wb.getSheetAt(0), "Sở Tài nguyên và Môi trường");
            assertThat(none.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(none.getCell(9).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void addsTheHotlineSheetWhenTheFiguresArePresent() throws Exception {
        try (var wb = written(DashboardFixtures.data(true))) {
            Sheet calls = wb.getSheet("Tổng đài");
            assertThat(calls).isNotNull();
            assertThat(rowLabelled(calls, "Cuộc gọi vào hàng chờ").getCell(1).getNumericCellValue()).isEqualTo(500);
            assertThat(rowLabelled(calls, "Tỷ lệ trả lời trong 20 giây").getCell(1).getNumericCellValue()).isEqualTo(0.8333);
            assertThat(rowLabelled(calls, "Thời gian chờ trung bình (giây)").getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(rowLabelled(calls, "Cuộc gọi bỏ dở").getCell(1).getNumericCellValue()).isEqualTo(30);
            assertThat(rowLabelled(calls, "Gọi lại đã thực hiện").getCell(1).getNumericCellValue()).isEqualTo(28);
        }
    }
}
