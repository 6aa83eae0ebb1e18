package vn.pakn.infrastructure.demo;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.domain.model.calendar.CalendarDay;
import vn.pakn.domain.model.calendar.HolidayCsv;
import vn.pakn.infrastructure.calendar.ShippedHolidaySeeder;
import vn.pakn.infrastructure.calendar.ShippedHolidays;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.calendar.WorkingHours;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.identity.AppUser;
import vn.pakn.domain.model.routing.RoutingRule;
import vn.pakn.domain.model.unit.Unit;

/**
 * Writes the demo data in one transaction. The marker row {@value #MARKER_KEY} in {@code app_setting} is
 * inserted first: a second node that starts at the same time blocks on its primary key and then fails with
 * a duplicate key, so its whole transaction rolls back and the data is written once.
 */
@Stateless
public class DemoDataWriter {

    private static final Logger LOG = Logger.getLogger(DemoDataWriter.class);

    /** The app_setting row that says when the demo data was loaded. */
    public static final String MARKER_KEY = "demo_data.loaded_at";


    static final int BCRYPT_COST = 10;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /**
     * Loads everything unless the marker exists or any unit does.
     *
     * @return the counts, or empty when the database already had data
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<DemoCounts> loadIfEmpty(Instant now, long seed, int cases) {
        if (setting(MARKER_KEY).isPresent()
                || em.createQuery("SELECT COUNT(u) FROM Unit u", Long.class).getSingleResult() > 0) {
            return Optional.empty();
        }
        em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?1, ?2)")
                .setParameter(1, MARKER_KEY).setParameter(2, now.toString()).executeUpdate();
        long t0 = System.nanoTime();
        var refs = writeReferenceData();
        long t1 = System.nanoTime();
        var simulator = new DemoCaseSimulator(refs.units(), refs.areas(), refs.categories(), refs.calendar(), now, seed,
                em::persist);
        var result = simulator.run(cases);
        long t2 = System.nanoTime();
        em.flush();
        // Nothing is changed after this point; with an empty persistence context each native insert below
        // does not make Hibernate dirty-check thousands of entities first.
        em.clear();
        long t3 = System.nanoTime();
        for (var rating : result.ratings()) {
            em.createNativeQuery("INSERT INTO rating (id, case_id, report_id, score, comment_text, rated_at) "
                            + "VALUES (nextval('rating_seq'), ?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, rating.ratedCase().getId())
                    .setParameter(2, rating.report().getId())
                    .setParameter(3, rating.score())
                    .setParameter(4, rating.comment())
                    .setParameter(5, rating.ratedAt().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
        LOG.debugf("demo data phases: reference data %d ms, cases in memory %d ms, flush %d ms, ratings %d ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        return Optional.of(refs.counts().withCases(result.cases().size(), result.reports(), result.events(),
                result.ratings().size(), result.byState()));
    }

    /** What the cases are built from. */
    record Refs(Map<String, Unit> units, Map<String, Area> areas, Map<String, Category> categories,
                WorkingCalendar calendar, DemoCounts counts) {
    }

    private Refs writeReferenceData() {
        Map<String, Unit> units = new HashMap<>();
        for (UnitDef d : DemoCity.units()) {
            var u = new Unit(d.code(), d.nameVi(), d.nameEn(), d.kind(), d.parentCode() == null ? null : units.get(d.parentCode()));
            u.setContact(d.email(), null, d.address());
            em.persist(u);
            u.assignPath();
            units.put(d.code(), u);
        }
        Map<String, Area> areas = new HashMap<>();
        for (AreaDef d : DemoCity.areas()) {
            var a = new Area(d.code(), d.nameVi(), d.kind(), d.parentCode() == null ? null : areas.get(d.parentCode()));
            em.persist(a);
            areas.put(d.code(), a);
        }
        Map<String, Category> categories = new HashMap<>();
        for (CategoryDef d : DemoCatalogue.categories()) {
            var c = new Category(d.code(), d.nameVi(), d.nameEn(), d.descriptionVi(), d.sla());
            em.persist(c);
            categories.put(d.code(), c);
        }
        for (RuleDef d : DemoCatalogue.rules()) {
            Set<Unit> coordinators = new LinkedHashSet<>();
            d.coordinatorCodes().forEach(code -> coordinators.add(units.get(code)));
            em.persist(new RoutingRule(d.categoryCode() == null ? null : categories.get(d.categoryCode()),
                    d.areaCode() == null ? null : areas.get(d.areaCode()), units.get(d.leadUnitCode()), coordinators, d.note()));
        }
        int days = writeCalendar();
        WorkingHours hours = setting(WorkingCalendarService.WORKING_HOURS_SETTING).map(WorkingHours::parse).orElseGet(() -> {
            em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?1, ?2)")
                    .setParameter(1, WorkingCalendarService.WORKING_HOURS_SETTING)
                    .setParameter(2, WorkingHours.DEFAULT.toString()).executeUpdate();
            return WorkingHours.DEFAULT;
        });
        var calendar = WorkingCalendar.builder().workingHours(hours);
        em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList()
                .forEach(d -> calendar.day(d.getDay(), d.getKind()));
        int users = writeUsers(units);
        var counts = new DemoCounts(units.size(), areas.size(), categories.size(), DemoCatalogue.rules().size(), days, users,
                0, 0, 0, 0, Map.of());
        return new Refs(units, areas, categories, calendar.build(), counts);
    }

    /**
     * The holiday table's rows, except dates already there: normally none, since {@link ShippedHolidaySeeder} runs
     * first and gives every installation the table, demo or not.
     */
    private int writeCalendar() {
        int written = 0;
        for (HolidayCsv.Row row : holidayRows()) {
            if (em.find(CalendarDay.class, row.date()) == null) {
                em.persist(new CalendarDay(row.date(), row.kind(), row.nameVi(), row.nameEn()));
                written++;
            }
        }
        em.flush();
        return written;
    }

    static List<HolidayCsv.Row> holidayRows() {
        return ShippedHolidays.rows();
    }

    /**
     * One bcrypt hash (cost {@value #BCRYPT_COST}, fresh random salt) for all demo accounts: they share one
     * published password, so separate salts would protect nothing and would cost 0.1 s of CPU per account at
     * every fresh start. Real accounts are hashed one by one by the user administration.
     */
    private int writeUsers(Map<String, Unit> units) {
        String hash = demoPasswordHash();
        for (UserDef d : DemoUsers.users()) {
            var user = new AppUser(d.username(), hash, d.fullName(), d.email(),
                    d.unitCode() == null ? null : units.get(d.unitCode()), d.roles());
            user.setExtension(d.extension());
            em.persist(user);
        }
        return DemoUsers.users().size();
    }

    static String demoPasswordHash() {
        return BCrypt.withDefaults().hashToString(BCRYPT_COST, DemoUsers.PASSWORD.toCharArray());
    }

    private Optional<String> setting(String key) {
        return em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, key).getResultStream().findFirst().map(Object::toString);
    }
}
