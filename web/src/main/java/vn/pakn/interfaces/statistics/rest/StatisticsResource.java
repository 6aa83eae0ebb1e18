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
        var period = QueryParams.period(from, to, clock.instant());
        return statistics.summarise(period.from(), period.to(), QueryParams.enumValue(GroupBy.class, "groupBy", groupBy));
    }
}
