package vn.pakn.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.calendar.DeadlineStatus;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseEvent;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.unit.Unit;

/** Runs the simulator against an in-memory sink that gives ids as the database sequence would. */
class DemoCaseSimulatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().rows(DemoDataWriter.holidayRows()).build();

    private static Run run;

    /** What one run persisted, in order. */
    record Run(DemoCaseSimulator.Result result, List<Object> persisted) {

        List<CaseEvent> events() {
            return persisted.stream().filter(CaseEvent.class::isInstance).map(CaseEvent.class::cast).toList();
        }

        List<Report> reports() {
            return persisted.stream().filter(Report.class::isInstance).map(Report.class::cast).toList();
        }
    }

    @BeforeAll
    static void simulate() {
        run = simulate(DemoDataSettings.Defaults.SEED);
    }

    static Run simulate(long seed) {
        var ids = new long[] {1000};
        Map<String, Unit> units = new HashMap<>();
        for (UnitDef d : DemoCity.units()) {
            var u = new Unit(d.code(), d.nameVi(), d.nameEn(), d.kind(), units.get(d.parentCode()));
            setId(u, ids[0]++);
            u.assignPath();
            units.put(d.code(), u);
        }
        Map<String, Area> areas = new HashMap<>();
        for (AreaDef d : DemoCity.areas()) {
            var a = new Area(d.code(), d.nameVi(), d.kind(), areas.get(d.parentCode()));
            setId(a, ids[0]++);
            areas.put(d.code(), a);
        }
        Map<String, Category> categories = new HashMap<>();
        for (CategoryDef d : DemoCatalogue.categories()) {
            var c = new Category(d.code(), d.nameVi(), d.nameEn(), d.descriptionVi(), d.sla());
            setId(c, ids[0]++);
            categories.put(d.code(), c);
        }
        List<Object> persisted = new ArrayList<>();
        var simulator = new DemoCaseSimulator(units, areas, categories, CALENDAR, NOW, seed, entity -> {
            setId(entity, ids[0]++);
            persisted.add(entity);
        });
        return new Run(simulator.run(DemoDataSettings.Defaults.CASES), persisted);
    }

    private static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void opensAFewHundredReportsInEveryState() {
        assertThat(run.reports()).hasSizeBetween(300, 400);
        assertThat(run.result().byState().keySet()).containsExactlyInAnyOrder(CaseState.values());
        assertThat(run.result().byState().get(CaseState.CLOSED)).isGreaterThan(100);
        assertThat(run.reports()).extracting(Report::getChannel).containsAll(EnumSet.allOf(Channel.class));
    }

    @Test
    void everyEventBelongsToACaseAndHappensBeforeNowInOrder() {
        Map<Long, List<CaseEvent>> byCase = run.events().stream().collect(Collectors.groupingBy(CaseEvent::getCaseId));
        assertThat(byCase).hasSize(run.result().cases().size());
        byCase.values().forEach(events -> {
            assertThat(events.get(0).getAction()).isEqualTo("RECEIVE");
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).getOccurredAt()).as("event %s of case %s", events.get(i).getAction(), events.get(i).getCaseId())
                        .isAfterOrEqualTo(events.get(i - 1).getOccurredAt());
            }
            events.forEach(e -> assertThat(e.getOccurredAt()).isBefore(NOW));
        });
    }

    @Test
    void deadlinesComeFromTheCategorySlaAndTheCalendar() {
        for (Case c : run.result().cases()) {
            assertThat(c.getForwardDueAt()).isEqualTo(CALENDAR.addWorkingDays(c.getReceivedAt(), 1));
            for (Assignment a : c.getAssignments()) {
                assertThat(a.getOriginalDueAt()).isEqualTo(CALENDAR.addWorkingDays(a.getAssignedAt(),
                        c.getCategory().getSla().answerWorkingDays()));
            }
        }
    }

    @Test
    void someAreOverdueSomeEarlySomeLateSomePausedSomeExtended() {
        List<Assignment> leads = run.result().cases().stream().flatMap(c -> c.getAssignments().stream())
                .filter(a -> a.getRole() == Assignment.Role.LEAD).toList();
        assertThat(leads).anyMatch(a -> a.isOverdueAt(NOW));
        assertThat(leads).anyMatch(a -> a.openPause().isPresent() && a.getState().isOpen());
        assertThat(leads).anyMatch(a -> a.getExtensionState() == Assignment.ExtensionState.REQUESTED);
        assertThat(leads).anyMatch(a -> a.getExtensionState() == Assignment.ExtensionState.GRANTED && a.getState().isOpen());
        assertThat(leads).anyMatch(a -> a.getState() == Assignment.State.RETURNED);
        Set<DeadlineStatus> answered = new LinkedHashSet<>();
        leads.stream().filter(a -> a.getAnsweredAt() != null)
                .forEach(a -> answered.add(CALENDAR.statusAt(a.getDueAt(), a.getAnsweredAt(), NOW)));
        assertThat(answered).contains(DeadlineStatus.EARLY, DeadlineStatus.ON_TIME, DeadlineStatus.OVERDUE);
        assertThat(run.result().cases()).anyMatch(c -> c.getState() == CaseState.RECEIVED && NOW.isAfter(c.getForwardDueAt()));
    }

    @Test
    void duplicatesAreMergedIntoMasterCasesWithTheirReports() {
        List<Case> merged = run.result().cases().stream().filter(Case::isMerged).toList();
        assertThat(merged).hasSizeGreaterThanOrEqualTo(10);
        merged.forEach(c -> assertThat(c.getMergedInto().isMerged()).isFalse());
        assertThat(run.result().cases()).anyMatch(c -> c.getReportCount() >= 3);
        int reportsOnCases = run.result().cases().stream().mapToInt(Case::getReportCount).sum();
        assertThat(reportsOnCases).isEqualTo(run.reports().size());
    }

    @Test
    void redirectedCasesSayWhereToGoAndRatingsAreOneToFive() {
        run.result().cases().stream().filter(c -> c.getState() == CaseState.REDIRECTED)
                .forEach(c -> assertThat(c.getRedirectTo()).isNotBlank());
        assertThat(run.result().ratings()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.score()).isBetween(1, 5);
            assertThat(r.ratedCase().getPublishedAt()).isBefore(r.ratedAt());
        });
        assertThat(run.result().ratings()).extracting(DemoCaseSimulator.RatingRow::report).doesNotHaveDuplicates();
    }

    @Test
    void textsAreNfcAndPublishedAnswersHaveNoReporterName() {
        for (Report r : run.reports()) {
            assertThat(Normalizer.isNormalized(r.getDescription(), Normalizer.Form.NFC)).isTrue();
            assertThat(Normalizer.isNormalized(r.getTitle(), Normalizer.Form.NFC)).isTrue();
            if (r.getReporter().getPhone() != null) {
                assertThat(r.getReporter().getPhone()).matches("\\+8490000\\d{4}");
            }
        }
        for (Case c : run.result().cases()) {
            c.publishedAnswer().ifPresent(a -> assertThat(a.getPublishedBody()).startsWith("Kính gửi công dân"));
        }
        DemoTexts.allTemplates().forEach(t -> assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).as(t).isTrue());
    }

    @Test
    void sameSeedAndClockGiveTheSameData() {
        var again = simulate(DemoDataSettings.Defaults.SEED);
        assertThat(again.reports()).extracting(Report::getTrackingCode)
                .containsExactlyElementsOf(run.reports().stream().map(Report::getTrackingCode).toList());
        assertThat(again.result().byState()).isEqualTo(run.result().byState());
    }
}
