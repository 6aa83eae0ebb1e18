package vn.pakn.interfaces.statistics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.pakn.application.cases.CaseViews;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;

class CaseListWorkbookTest {

    private static CaseViews.Summary summary(int i) {
        return new CaseViews.Summary(i, "A" + (1000 + i), "Đèn đường hỏng trước số " + i + " Lê Lợi", CaseState.IN_PROGRESS,
                "Đang xử lý", Channel.HOTLINE, "DIEN", "Điện chiếu sáng", "Q1", "Quận 1", "UBND-Q1", "Ủy ban nhân dân Quận 1",
                null, Instant.parse("2026-11-02T01:30:00Z"), Instant.parse("2026-11-04T01:30:00Z"),
                Instant.parse("2026-11-20T10:00:00Z"), i % 2 == 0, false, 2, null);
    }

    private static XSSFWorkbook written(List<CaseViews.Summary> cases, long total, int limit) throws Exception {
        var out = new ByteArrayOutputStream();
        CaseListWorkbook.write(new CaseListWorkbook.Source() {
            @Override
            public Iterable<CaseViews.Summary> cases() {
                return cases;
            }

            @Override
            public long total() {
                return total;
            }
        }, "Đơn vị: UBND-Q1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), Instant.parse("2026-11-23T02:05:00Z"),
                limit, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void writesTheCasesUnderVietnameseHeadersInVietnamTime() throws Exception {
        try (var wb = written(List.of(summary(1), summary(2)), 2, 100)) {
            var sheet = wb.getSheet("Hồ sơ");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("01/11/2026").contains("30/11/2026");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Lọc: Đơn vị: UBND-Q1. Số hồ sơ: 2.");
            List<String> headers = new ArrayList<>();
            sheet.getRow(5).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(CaseListWorkbook.HEADERS);
            Row first = sheet.getRow(6);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("A1001");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Đèn đường hỏng trước số 1 Lê Lợi");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Đường dây nóng");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("02/11/2026 08:30");
            assertThat(first.getCell(9).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(7).getCell(9).getStringCellValue()).isEqualTo("Có");
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void saysSoWhenTheListIsCappedAndHasNoReporterColumn() throws Exception {
        List<CaseViews.Summary> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            cases.add(summary(i));
        }
        try (var wb = written(cases, 30, 10)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains("Có 30 hồ sơ, tệp gồm 10 hồ sơ mới nhất");
            assertThat(sheet.getLastRowNum()).isEqualTo(15);
            for (Cell c : sheet.getRow(5)) {
                assertThat(c.getStringCellValue()).doesNotContainIgnoringCase("người phản ánh").doesNotContain("Điện thoại");
            }
        }
    }
}
