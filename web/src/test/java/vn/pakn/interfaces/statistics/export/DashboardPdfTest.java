package vn.pakn.interfaces.statistics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.pakn.application.statistics.GroupBy;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.application.statistics.StatisticsRow;

class DashboardPdfTest {

    private static byte[] written(DashboardData data) throws Exception {
        var out = new ByteArrayOutputStream();
        DashboardPdf.write(data, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesTheHeaderAndVietnameseColumnHeadersInAnEmbeddedUnicodeFont() throws Exception {
        byte[] pdf = written(DashboardFixtures.data(false));
        String text = text(pdf);
        assertThat(text).contains("BÁO CÁO TỔNG HỢP TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ")
                .contains("Kỳ báo cáo: từ ngày 01/11/2026 đến ngày 30/11/2026")
                .contains("Thời điểm xuất: 23/11/2026 09:05 (giờ Việt Nam)")
                .contains("Theo đơn vị").contains("Theo lĩnh vực").contains("Theo kênh")
                .contains("Tiếp nhận").contains("Tỷ lệ đúng").contains("Đang quá").contains("Hài lòng");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                fonts.add(f.getName());
            }
            assertThat(fonts).anyMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void writesTheRowsWithTheirFigures() throws Exception {
        String text = text(written(DashboardFixtures.data(true)));
        assertThat(text).contains("Ủy ban nhân dân Quận 1").contains("87,5%").contains("120")
                .contains("Sở Giao thông vận tải").contains("Số liệu nhỏ (n=4)")
                .contains("Đường dây nóng").contains("4,45")
                .contains("Tổng cộng").contains("134")
                .contains("Tổng đài").contains("Cuộc gọi bỏ dở").contains("83,3%");
    }

    @Test
    void goesOnOverTheNextPageWhenATableIsLong() throws Exception {
        var base = DashboardFixtures.data(false);
        List<StatisticsRow> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(DashboardFixtures.row("U" + i, "Ủy ban nhân dân phường số " + i, 10 + i, 5, 4, 0, null, 0));
        }
        var long_ = new StatisticsReport(base.from(), base.to(), GroupBy.UNIT, base.exportedAt(), null, many,
                DashboardFixtures.row("total", "Tổng cộng", 1, 1, 1, 0, null, 0));
        byte[] pdf = written(new DashboardData(base.from(), base.to(), base.exportedAt(), "UBND-Q1", List.of(long_), null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(doc)).contains("Tiếp nhận").contains("Ủy ban nhân dân phường số");
        }
        assertThat(text(pdf)).contains("Phạm vi: đơn vị UBND-Q1 và các đơn vị trực thuộc").contains("phường số 119");
    }
}
