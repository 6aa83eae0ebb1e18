package vn.pakn.interfaces.statistics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.pakn.application.call.HotlineFigures;
import vn.pakn.application.statistics.StatisticsReport;

/**
 * What one dashboard export holds: the period, when it was made, the scope (a unit leader's unit code, or {@code null}
 * for the whole city), the statistics tables in the order they are written, and the hotline figures of the period
 * when the user may see them ({@code null} otherwise).
 */
public record DashboardData(LocalDate from, LocalDate to, Instant exportedAt, String scopeUnitCode,
                            List<StatisticsReport> tables, HotlineFigures hotline) {

    public DashboardData {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(exportedAt, "exportedAt");
        tables = List.copyOf(tables);
    }
}
