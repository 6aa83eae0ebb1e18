package vn.pakn.interfaces.statistics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import vn.pakn.application.call.HotlineReport;
import vn.pakn.application.call.HotlineStatistics;
import vn.pakn.interfaces.rest.QueryParams;

/**
 * Hotline KPIs: {@code GET /api/statistics/hotline?from=01/11/2026&to=30/11/2026&groupBy=period&period=days}
 * ({@code groupBy} period, queue or operator; {@code period} hours, days, weeks or months). Without dates, the
 * current month up to today. Definitions: src/docs/hotline-kpis.md.
 */
@RequestScoped
@Path("/statistics/hotline")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEADER", "DISPATCHER", "ADMIN"})
public class HotlineStatisticsResource {

    @Inject
    HotlineStatistics statistics;

    @Inject
    Clock clock;

    @GET
    public HotlineReport report(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") @DefaultValue("period") String groupBy,
            @QueryParam("period") @DefaultValue("days") String period) {
        var p = QueryParams.period(from, to, clock.instant());
        return statistics.report(p.from(), p.to(),
                java.util.Objects.requireNonNullElse(QueryParams.enumValue(HotlineStatistics.GroupBy.class, "groupBy", groupBy),
                        HotlineStatistics.GroupBy.PERIOD), period);
    }
}
