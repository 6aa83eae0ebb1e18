package vn.pakn.infrastructure.calendar;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.pakn.domain.model.calendar.CalendarDay;
import vn.pakn.domain.model.calendar.HolidayCsv;

/** Writes the shipped holiday table into the working calendar, one whole year at a time, in its own transaction. */
@Stateless
public class ShippedHolidayWriter {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /**
     * Adds the table's days of every year in which the calendar has no day at all. A year an ADMIN has begun to
     * edit is left as it is, even where the ADMIN removed a holiday of the table.
     *
     * @return the days added per year, only the years written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SortedMap<Integer, Integer> addYearsTheCalendarLacks(List<HolidayCsv.Row> rows) {
        Map<Integer, List<HolidayCsv.Row>> byYear = rows.stream().collect(Collectors.groupingBy(r -> r.date().getYear()));
        SortedMap<Integer, Integer> written = new TreeMap<>();
        byYear.forEach((year, days) -> {
            long present = em.createQuery("SELECT COUNT(d) FROM CalendarDay d WHERE d.day BETWEEN :from AND :to", Long.class)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                    .getSingleResult();
            if (present == 0) {
                days.forEach(r -> em.persist(new CalendarDay(r.date(), r.kind(), r.nameVi(), r.nameEn())));
                written.put(year, days.size());
            }
        });
        return written;
    }
}
