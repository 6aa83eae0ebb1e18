package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;

/**
 * The dashboard's exports on the real server: the workbook and the PDF hold the figures of {@code GET /api/statistics}
 * for the same period and scope, with Vietnamese headers and file names; a unit leader's files hold only their unit
 * subtree and no hotline figures; the drill-down case list holds the cases of the list and no reporter identity;
 * staff without statistics get a 403. And the figures follow the cases at once (the per-day table is refreshed
 * before each read).
 */
class DashboardExportIT extends BlackBoxBase {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private record File(int status, String contentType, String disposition, byte[] body) {
    }

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final String period = "from=" + today.minusDays(60) + "&to=" + today;
    private CaseSteps steps;

    @BeforeEach
    void demo() {
        DemoData.assumeLoaded();
        steps = new CaseSteps(api());
    }

    private File download(Api.Credentials who, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", who.basic()).timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new File(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    private static XSSFWorkbook workbook(File file) throws Exception {
        assertThat(file.status()).as(new String(file.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(file.contentType()).startsWith(XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(file.body()));
    }

    private static Row row(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in sheet " + sheet.getSheetName());
    }

    private static List<String> labels(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (int i = 6; i <= sheet.getLastRowNum(); i++) {
            out.add(sheet.getRow(i).getCell(0).getStringCellValue());
        }
        return out;
    }

    private JsonObject statistics(Api.Credentials who, String groupBy) {
        var reply = api().as(who).get("api/statistics?" + period + "&groupBy=" + groupBy);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void theLeadersWorkbookHoldsTheFiguresOfTheStatisticsPerTableAndTheHotline() throws Exception {
        steps.publish(steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999))).caseId(), "Đã sửa xong.");
        File file = download(DemoData.LEADER, "api/statistics/export/dashboard.xlsx?" + period);

        assertThat(file.disposition()).startsWith("attachment; filename=\"bao-cao-pakn_")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20PAKN%20").endsWith(".xlsx");
        try (var wb = workbook(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Theo đơn vị");
            assertThat(wb.getSheet("Tổng đài")).isNotNull();
            Sheet units = wb.getSheet("Theo đơn vị");
            assertThat(units.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(units.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Phạm vi: toàn hệ thống");
            for (String[] table : new String[][] {{"unit", "Theo đơn vị"}, {"category", "Theo lĩnh vực"}, {"channel", "Theo kênh"}}) {
                JsonObject json = statistics(DemoData.LEADER, table[0]);
                Row total = row(wb.getSheet(table[1]), "Tổng cộng");
                assertThat((long) total.getCell(1).getNumericCellValue()).as(table[0]).isEqualTo(json.getJsonObject("total").getJsonNumber("received").longValue());
                assertThat((long) total.getCell(2).getNumericCellValue()).as(table[0]).isEqualTo(json.getJsonObject("total").getJsonNumber("answered").longValue());
                assertThat(labels(wb.getSheet(table[1]))).hasSize(json.getJsonArray("rows").size() + 1);
            }
        }
    }

    @Test
    void aUnitLeadersFilesHoldOnlyTheirSubtreeAndNoHotline() throws Exception {
        steps.publish(steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999))).caseId(), "Đã sửa xong.");
        JsonObject json = statistics(DemoData.WATER_LEADER, "unit");
        try (var wb = workbook(download(DemoData.WATER_LEADER, "api/statistics/export/dashboard.xlsx?" + period))) {
            assertThat(wb.getSheet("Tổng đài")).isNull();
            Sheet units = wb.getSheet("Theo đơn vị");
            assertThat(units.getRow(3).getCell(0).getStringCellValue()).startsWith("Phạm vi: đơn vị " + DemoData.WATER_UNIT);
            List<String> expected = new ArrayList<>(json.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .map(r -> r.getString("label")).toList());
            expected.add("Tổng cộng");
            assertThat(labels(units)).containsExactlyElementsOf(expected);
            assertThat((long) row(units, "Tổng cộng").getCell(1).getNumericCellValue())
                    .isEqualTo(json.getJsonObject("total").getJsonNumber("received").longValue())
                    .isLessThan(statistics(DemoData.LEADER, "unit").getJsonObject("total").getJsonNumber("received").longValue());
        }
        File pdf = download(DemoData.WATER_LEADER, "api/statistics/export/dashboard.pdf?" + period);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20PAKN%20").endsWith(".pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Kỳ báo cáo: từ ngày").contains("Thời điểm xuất:").contains("Theo đơn vị")
                    .contains("Tổng cộng").doesNotContain("Tổng đài");
        }
    }

    @Test
    void theCaseListExportHoldsTheListsCasesWithoutReporterIdentityAndKeepsToTheScope() throws Exception {
        var c = steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        steps.routeToWater(c.caseId());
        String filter = period + "&unit=" + DemoData.WATER_UNIT;
        var list = api().as(DemoData.LEADER).get("api/cases?" + filter + "&size=100");
        long total = list.json().getJsonNumber("total").longValue();

        File file = download(DemoData.LEADER, "api/statistics/export/cases.xlsx?" + filter);
        assertThat(file.disposition()).contains("filename*=UTF-8''Danh%20s%C3%A1ch%20h%E1%BB%93%20s%C6%A1%20");
        try (var wb = workbook(file)) {
            Sheet sheet = wb.getSheet("Hồ sơ");
            assertThat(sheet.getLastRowNum() - 5).isEqualTo((int) Math.min(total, 5000));
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Mã hồ sơ");
            List<String> codes = new ArrayList<>();
            for (int i = 6; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                codes.add(r.getCell(0).getStringCellValue());
                r.forEach(cell -> assertThat(cell.toString()).doesNotContain(CaseSteps.REPORTER).doesNotContain(CaseSteps.PHONE)
                        .doesNotContain("tam@example.vn"));
            }
            assertThat(codes).contains(c.code());
        }
        // The construction unit's leader sees, with the same filter, only the cases their unit also worked on (as the
        // case list shows them), never the water company's own new case.
        long theirs = api().as(DemoData.CONSTRUCTION_LEADER).get("api/cases?" + filter).json().getJsonNumber("total").longValue();
        try (var wb = workbook(download(DemoData.CONSTRUCTION_LEADER, "api/statistics/export/cases.xlsx?" + filter))) {
            Sheet sheet = wb.getSheet("Hồ sơ");
            assertThat(sheet.getLastRowNum() - 5).isEqualTo((int) theirs).isLessThan((int) Math.min(total, 5000));
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).endsWith("Số hồ sơ: " + theirs + ".");
            for (int i = 6; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isNotEqualTo(c.code());
            }
        }
    }

    @Test
    void staffWithoutStatisticsGetAProblemNotAFile() throws Exception {
        File file = download(DemoData.OPERATOR, "api/statistics/export/dashboard.xlsx?" + period);
        assertThat(file.status()).isEqualTo(403);
        File bad = download(DemoData.LEADER, "api/statistics/export/dashboard.pdf?from=31/02/2026");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("problem+json");
    }

    /** Today's figures of the portal channel (where the test reports come from); zeros when there are none. */
    private long[] portalToday() {
        var json = api().as(DemoData.LEADER).get("api/statistics?from=" + today + "&to=" + today + "&groupBy=channel").json();
        return json.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> "PORTAL".equals(r.getString("key")))
                .findFirst().map(r -> new long[] {r.getInt("received"), r.getInt("answered"), r.getInt("answeredOnTime")})
                .orElse(new long[3]);
    }

    @Test
    void theFiguresFollowTheCasesAtOnce() {
        long[] before = portalToday();
        var c = steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        long[] received = portalToday();
        assertThat(received[0]).isEqualTo(before[0] + 1);

        steps.publish(c.caseId(), "Đã khắc phục.");
        long[] answered = portalToday();
        assertThat(answered[1]).isEqualTo(received[1] + 1);
        assertThat(answered[2]).isEqualTo(received[2] + 1);
    }
}
