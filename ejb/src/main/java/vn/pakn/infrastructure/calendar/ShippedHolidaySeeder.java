package vn.pakn.infrastructure.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.pakn.application.WorkingCalendarService;

/**
 * Gives a new installation the public holidays and Tết of the shipped table at start-up, demo data or not:
 * without them every deadline across Tết would be counted as if the offices were open. Years the calendar
 * already has days in are ADMIN's and stay untouched. A failure (e.g. another node seeding at the same moment)
 * is logged and never stops the deployment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShippedHolidaySeeder {

    private static final Logger LOG = Logger.getLogger(ShippedHolidaySeeder.class);

    @EJB
    ShippedHolidayWriter writer;

    @Inject
    WorkingCalendarService calendars;

    @PostConstruct
    void seed() {
        try {
            var written = writer.addYearsTheCalendarLacks(ShippedHolidays.rows());
            if (written.isEmpty()) {
                LOG.debugf("PAKN0710: working calendar already has days in every year of %s", ShippedHolidays.RESOURCE);
            } else {
                calendars.invalidate();
                LOG.infof("PAKN0711: working calendar: holidays and make-up days of %s added from %s (days per year)",
                        written, ShippedHolidays.RESOURCE);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "PAKN0712: the shipped holiday table was not added to the working calendar: %s", e.getMessage());
        }
    }
}
