package vn.pakn.infrastructure.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.pakn.domain.model.calendar.HolidayCsv;

/**
 * The public holidays, Tết and make-up working days this release ships, a copy of
 * src/reference/holidays/vn-2026-2027.csv (sources in its README).
 */
public final class ShippedHolidays {

    public static final String RESOURCE = "/reference/holidays/vn-2026-2027.csv";

    private ShippedHolidays() {
    }

    public static List<HolidayCsv.Row> rows() {
        try (InputStream in = ShippedHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the holiday table " + RESOURCE + " is missing from the deployment");
            }
            return HolidayCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
