package vn.pakn.interfaces.statistics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import vn.pakn.application.StatisticsService;
import vn.pakn.application.call.HotlineFigures;
import vn.pakn.application.call.HotlineStatistics;
import vn.pakn.application.cases.CaseQueries;
import vn.pakn.application.cases.CaseViews;
import vn.pakn.application.statistics.GroupBy;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.interfaces.rest.QueryParams;
import vn.pakn.interfaces.statistics.export.CaseListWorkbook;
import vn.pakn.interfaces.statistics.export.DashboardData;
import vn.pakn.interfaces.statistics.export.DashboardPdf;
import vn.pakn.interfaces.statistics.export.DashboardWorkbook;

/**
 * The leaders' dashboard as files, for the same period parameters as {@code GET /api/statistics}:
 * <ul>
 *   <li>{@code GET /api/statistics/export/dashboard.xlsx?from=…&to=…}: workbook, a sheet per table (unit, category,
 *       channel) and the hotline KPIs;</li>
 *   <li>{@code GET /api/statistics/export/dashboard.pdf?from=…&to=…}: the same as a PDF;</li>
 *   <li>{@code GET /api/statistics/export/cases.xlsx?unit=…&category=…&channel=…&state=…&overdue=…&from=…&to=…}: the
 *       drill-down case list, at most {@value #MAX_CASES} cases, newest first.</li>
 * </ul>
 * Scoped like the figures: a unit leader gets their unit subtree (the statistics service and the case list decide),
 * and the hotline KPIs only go to the roles that may see them. The files are built in full before the answer
 * starts, so an error is still a problem-detail answer, not a broken download.
 */
@RequestScoped
@Path("/statistics/export")
@RolesAllowed({"LEADER", "DISPATCHER", "ADMIN", "UNIT_LEADER"})
public class StatisticsExportResource {

    /** The most cases one list export holds; the file says when there were more. */
    public static final int MAX_CASES = 5000;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Inject
    StatisticsService statistics;

    @Inject
    HotlineStatistics hotline;

    @Inject
    CaseQueries cases;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Path("/dashboard.xlsx")
    @Produces(XLSX)
    public Response workbook(@QueryParam("from") String from, @QueryParam("to") String to) {
        DashboardData data = dashboard(from, to);
        return file(out -> DashboardWorkbook.write(data, out), XLSX, "Báo cáo PAKN", "bao-cao-pakn", data.from(), data.to(), "xlsx");
    }

    @GET
    @Path("/dashboard.pdf")
    @Produces(PDF)
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        DashboardData data = dashboard(from, to);
        return file(out -> DashboardPdf.write(data, out), PDF, "Báo cáo PAKN", "bao-cao-pakn", data.from(), data.to(), "pdf");
    }

    @GET
    @Path("/cases.xlsx")
    @Produces(XLSX)
    public Response caseList(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit,
            @QueryParam("leadUnit") String leadUnit, @QueryParam("category") String category, @QueryParam("channel") String channel,
            @QueryParam("state") String state, @QueryParam("overdue") Boolean overdue) {
        LocalDate[] period = period(from, to);
        var filter = new CaseQueries.Filter(QueryParams.enumValue(CaseState.class, "state", state), unit, leadUnit, category, null,
                QueryParams.enumValue(Channel.class, "channel", channel), overdue, null,
                period[0].atStartOfDay(QueryParams.VIETNAM).toInstant(),
                period[1].plusDays(1).atStartOfDay(QueryParams.VIETNAM).toInstant());
        List<CaseViews.Summary> rows = new ArrayList<>();
        long total = 0;
        for (int page = 0; rows.size() < MAX_CASES; page++) {
            var p = cases.list(filter, page, CaseQueries.MAX_PAGE_SIZE);
            total = p.total();
            rows.addAll(p.items());
            if (p.items().size() < CaseQueries.MAX_PAGE_SIZE) {
                break;
            }
        }
        long all = total;
        var source = new CaseListWorkbook.Source() {
            @Override
            public Iterable<CaseViews.Summary> cases() {
                return rows;
            }

            @Override
            public long total() {
                return all;
            }
        };
        var words = new StringJoiner("; ");
        addFilter(words, "Đơn vị", unit);
        addFilter(words, "Lĩnh vực", category);
        addFilter(words, "Kênh", channel);
        addFilter(words, "Trạng thái", state);
        if (Boolean.TRUE.equals(overdue)) {
            words.add("đang quá hạn");
        }
        var exportedAt = clock.instant();
        return file(out -> CaseListWorkbook.write(source, words.toString(), period[0], period[1], exportedAt, MAX_CASES, out),
                XLSX, "Danh sách hồ sơ", "danh-sach-ho-so", period[0], period[1], "xlsx");
    }

    private DashboardData dashboard(String from, String to) {
        LocalDate[] period = period(from, to);
        List<StatisticsReport> tables = new ArrayList<>();
        for (GroupBy g : List.of(GroupBy.UNIT, GroupBy.CATEGORY, GroupBy.CHANNEL)) {
            tables.add(statistics.summarise(period[0], period[1], g));
        }
        HotlineFigures calls = null;
        boolean mayHear = security.isUserInRole("LEADER") || security.isUserInRole("DISPATCHER") || security.isUserInRole("ADMIN");
        if (mayHear && ChronoUnit.DAYS.between(period[0], period[1]) < 366) {
            calls = hotline.report(period[0], period[1], HotlineStatistics.GroupBy.PERIOD, "days").total();
        }
        return new DashboardData(period[0], period[1], tables.get(0).generatedAt(), tables.get(0).scopeUnitCode(), tables, calls);
    }

    /** The period as {@code GET /api/statistics} reads it: without dates, the current month up to today. */
    private LocalDate[] period(String from, String to) {
        var p = QueryParams.period(from, to, clock.instant());
        return new LocalDate[] {p.from(), p.to()};
    }

    private static void addFilter(StringJoiner words, String name, String value) {
        if (value != null && !value.isBlank()) {
            words.add(name + ": " + value.strip());
        }
    }

    /** Writes the file into memory first, so a failure is an error answer rather than a truncated download. */
    private interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    static Response file(Body body, String type, String nameVi, String nameAscii, LocalDate from, LocalDate to,
            String extension) {
        var bytes = new ByteArrayOutputStream();
        try {
            body.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String days = FILE_DAY.format(from) + "_" + FILE_DAY.format(to);
        StreamingOutput entity = out -> bytes.writeTo(out);
        return Response.ok(entity, type)
                .header("Content-Disposition", contentDisposition(nameVi + " " + days + "." + extension,
                        nameAscii + "_" + days + "." + extension))
                .header("Content-Length", bytes.size())
                .header("Cache-Control", "no-store")
                .build();
    }

    /** RFC 6266: an ASCII {@code filename} for old clients and the real one as UTF-8 in {@code filename*} (RFC 5987). */
    static String contentDisposition(String name, String asciiName) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }
}
