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
import java.time.LocalDate;
import vn.pakn.application.StatisticsService;
import vn.pakn.application.statistics.GroupBy;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.interfaces.rest.QueryParams;

/**
 * Statistics for leaders: {@code GET /api/statistics?from=01/11/2026&to=30/11/2026&groupBy=unit} (dates dd/MM/yyyy
 * or yyyy-MM-dd, both days included; groupBy unit, category, channel, month or week). Without dates, the current
 * month up to today. A unit leader gets the figures of their own unit subtree only (decided by the service).
 */
@RequestScoped
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEADER", "DISPATCHER", "ADMIN", "UNIT_LEADER"})
public class StatisticsResource {

    @Inject
    private StatisticsService statistics;

    @Inject
    private Clock clock;

    @GET
    public StatisticsReport summary(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("groupBy") @DefaultValue("unit") String groupBy) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), QueryParams.VIETNAM);
        LocalDate toDate = QueryParams.date("to", to);
        LocalDate fromDate = QueryParams.date("from", from);
        if (toDate == null) {
            toDate = today;
        }
        if (fromDate == null) {
            fromDate = toDate.withDayOfMonth(1);
        }
        return statistics.summarise(fromDate, toDate, QueryParams.enumValue(GroupBy.class, "groupBy", groupBy));
    }
}
