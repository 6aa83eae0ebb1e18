package vn.pakn.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.SlaPolicy;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.unit.Unit;

class CaseTest {

    private static final Actor DISPATCHER = new Actor("xuan", Role.DISPATCHER);
    private static final Actor OFFICER = new Actor("linh", Role.UNIT_OFFICER);
    private static final Actor UNIT_LEADER = new Actor("minh", Role.UNIT_LEADER);
    /** Monday 23/11/2026 09:00 in Hanoi. */
    private static final Instant MONDAY_9AM = Instant.parse("2026-11-23T02:00:00Z");

    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(LocalDate.of(2026, 11, 25)), List.of());
    private Category water;
    private Unit waterCompany;
    private Unit ward;
    private Case c;

    @BeforeEach
    void givenAReceivedCase() {
        water = withId(new Category("CAP_NUOC", "Cấp nước", "Water", null, SlaPolicy.answeringIn(5)), 10L);
        waterCompany = withId(new Unit("CTY_CAPNUOC", "Công ty Cấp nước", null, "UTILITY", null), 20L);
        ward = withId(new Unit("UBND_P1", "UBND phường 1", null, "WARD", null), 21L);
        c = openCase("Vỡ ống nước trước số 25 ngõ 3", 1L);
    }

    private Case openCase(String text, long id) {
        var report = new Report(new TrackingCodeGenerator().next(), Channel.PORTAL, MONDAY_9AM, text, text, text, water, null,
                null, null, null, new Reporter("Trần Thị B", "+84987654321", "h", null, null, null, false), null, null);
        return withId(Case.openFor(report, calendar.addWorkingDays(MONDAY_9AM, 1)), id);
    }

    @Test
    void routingGivesTheLeadAndCoordinatingUnitsTheirOwnClock() {
        Instant due = calendar.addWorkingDays(MONDAY_9AM, 5);

        var e = c.route(DISPATCHER, waterCompany, List.of(ward), MONDAY_9AM, due, null);

        assertThat(e.getFromState()).isEqualTo(CaseState.RECEIVED);
        assertThat(e.getToState()).isEqualTo(CaseState.ASSIGNED);
        assertThat(c.getAssignments()).extracting(Assignment::getRole).containsExactly(Assignment.Role.LEAD, Assignment.Role.COORDINATING);
        assertThat(c.leadAssignment().orElseThrow().getDueAt()).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
    }

    @Test
    void pauseForInformationMovesTheDueTimeByTheWorkingTimeItLasted() {
        c.route(DISPATCHER, waterCompany, List.of(), MONDAY_9AM, calendar.addWorkingDays(MONDAY_9AM, 5), null);
        c.accept(OFFICER, MONDAY_9AM.plus(Duration.ofHours(1)));
        Instant dueBefore = c.leadAssignment().orElseThrow().getDueAt();

        c.requestInfo(OFFICER, MONDAY_9AM.plus(Duration.ofHours(1)), "Vị trí chính xác?");
        assertThat(c.leadAssignment().orElseThrow().isOverdueAt(dueBefore.plus(Duration.ofDays(3)))).isFalse();
        c.receiveInfo(OFFICER, MONDAY_9AM.plus(Duration.ofHours(3)), "Đầu ngõ 3", calendar);

        assertThat(c.leadAssignment().orElseThrow().getDueAt()).isEqualTo(calendar.addWorkingTime(dueBefore, Duration.ofHours(2)));
        assertThat(c.leadAssignment().orElseThrow().getPauses()).hasSize(1);
    }

    @Test
    void oneExtensionOfAtMostTheOriginalPeriodMovesTheDueTimeOnlyWhenGranted() {
        c.route(DISPATCHER, waterCompany, List.of(), MONDAY_9AM, calendar.addWorkingDays(MONDAY_9AM, 5), null);
        c.accept(OFFICER, MONDAY_9AM);
        Instant due = c.leadAssignment().orElseThrow().getDueAt();

        assertThatThrownBy(() -> c.requestExtension(OFFICER, MONDAY_9AM, 6, "cần thay cả đoạn ống"))
                .isInstanceOf(DomainException.class).hasMessageContaining("between 1 and 5");
        c.requestExtension(OFFICER, MONDAY_9AM, 3, "cần thay cả đoạn ống");
        assertThat(c.leadAssignment().orElseThrow().getDueAt()).isEqualTo(due);
        c.decideExtension(UNIT_LEADER, MONDAY_9AM, true, null, calendar);

        assertThat(c.leadAssignment().orElseThrow().getDueAt()).isEqualTo(calendar.addWorkingDays(due, 3));
        assertThatThrownBy(() -> c.requestExtension(OFFICER, MONDAY_9AM, 1, "lần nữa"))
                .isInstanceOf(DomainException.class).hasMessageContaining("only once");
    }

    @Test
    void answerApprovalAndPublicationThenReopen() {
        c.route(DISPATCHER, waterCompany, List.of(ward), MONDAY_9AM, calendar.addWorkingDays(MONDAY_9AM, 5), null);
        c.accept(OFFICER, MONDAY_9AM);
        c.answer(OFFICER, MONDAY_9AM.plusSeconds(60), "Đã sửa xong.");
        c.approveAnswer(UNIT_LEADER, MONDAY_9AM.plusSeconds(120));
        c.publish(UNIT_LEADER, MONDAY_9AM.plusSeconds(180), "Đã sửa xong.");

        assertThat(c.getState()).isEqualTo(CaseState.PUBLISHED);
        assertThat(c.publishedAnswer()).isPresent();
        assertThat(c.leadAssignment().orElseThrow().getState()).isEqualTo(Assignment.State.ANSWERED);
        assertThat(c.getAssignments()).noneMatch(a -> a.getState().isOpen());

        c.reopen(Actor.citizen(), MONDAY_9AM.plusSeconds(240), "Vẫn rò rỉ");
        assertThat(c.getState()).isEqualTo(CaseState.REOPENED);
        assertThat(c.getReopenedCount()).isEqualTo(1);
    }

    @Test
    void rejectedAnswerGoesBackToTheUnitAgainstTheSameDueTime() {
        c.route(DISPATCHER, waterCompany, List.of(), MONDAY_9AM, calendar.addWorkingDays(MONDAY_9AM, 5), null);
        c.accept(OFFICER, MONDAY_9AM);
        Instant due = c.leadAssignment().orElseThrow().getDueAt();
        c.answer(OFFICER, MONDAY_9AM, "Đã xử lý.");

        c.rejectAnswer(UNIT_LEADER, MONDAY_9AM, "Chưa nêu thời gian khắc phục");

        assertThat(c.getState()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(c.leadAssignment().orElseThrow().getState().isOpen()).isTrue();
        assertThat(c.leadAssignment().orElseThrow().getDueAt()).isEqualTo(due);
    }

    @Test
    void returnToDispatchCancelsTheUnitsWorkAndCountsTheReturn() {
        c.route(DISPATCHER, ward, List.of(), MONDAY_9AM, calendar.addWorkingDays(MONDAY_9AM, 5), null);

        c.returnToDispatch(OFFICER, MONDAY_9AM, "Thuộc công ty cấp nước");

        assertThat(c.getState()).isEqualTo(CaseState.CLASSIFIED);
        assertThat(c.getReturnedCount()).isEqualTo(1);
        assertThat(c.getLeadUnit()).isNull();
        assertThatThrownBy(() -> c.returnToDispatch(OFFICER, MONDAY_9AM, " "))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void mergeMovesTheReportsToTheMasterAndUnmergeBringsThemBack() {
        Case master = openCase("Ống nước vỡ ngõ 3", 2L);
        var report = new Report(new TrackingCodeGenerator().next(), Channel.HOTLINE, MONDAY_9AM, "t", "t", "t", water, null,
                null, null, null, new Reporter(null, null, null, null, null, null, false), null, null);
        Case dup = withId(Case.openFor(report, MONDAY_9AM), 3L);

        dup.mergeInto(DISPATCHER, master, List.of(report), MONDAY_9AM);

        assertThat(dup.getState()).isEqualTo(CaseState.MERGED);
        assertThat(report.getCase()).isSameAs(master);
        assertThat(master.getReportCount()).isEqualTo(2);

        dup.unmerge(DISPATCHER, List.of(report), MONDAY_9AM);

        assertThat(dup.getState()).isEqualTo(CaseState.CLASSIFIED);
        assertThat(report.getCase()).isSameAs(dup);
        assertThat(master.getReportCount()).isEqualTo(1);
    }

    @Test
    void routingAnUnclassifiedCaseIsRefusedWithAClearMessage() {
        var report = new Report(new TrackingCodeGenerator().next(), Channel.PORTAL, MONDAY_9AM, "t", "t", "t", null, null,
                null, null, null, new Reporter(null, null, null, null, null, null, false), null, null);
        Case unclassified = withId(Case.openFor(report, MONDAY_9AM), 4L);

        assertThatThrownBy(() -> unclassified.route(DISPATCHER, ward, List.of(), MONDAY_9AM, MONDAY_9AM, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageVi()).contains("phân loại"));
    }

    @Test
    void aUnitOfficerCannotRouteAndTheCaseStaysWhereItWas() {
        assertThatThrownBy(() -> c.route(OFFICER, ward, List.of(), MONDAY_9AM, MONDAY_9AM, null))
                .isInstanceOf(IllegalCaseTransitionException.class);
        assertThat(c.getState()).isEqualTo(CaseState.RECEIVED);
        assertThat(c.getAssignments()).isEmpty();
    }

    /**
     * The case lists of unit staff rely on this ({@code CaseQueries}): the unit a case names as its lead unit always has
     * a live (not cancelled) assignment on it, so a case led by a unit of the viewer's subtree is within their scope
     * without looking at the assignments. Checked after every step of random walks through the workflow.
     */
    @Test
    void theLeadUnitAlwaysHasALiveAssignmentOnTheCase() {
        Unit construction = withId(new Unit("SO_XD", "Sở Xây dựng", null, "DEPARTMENT", null), 22L);
        List<Unit> units = List.of(waterCompany, ward, construction);
        Actor citizen = Actor.citizen();
        var random = new java.util.Random(20261123L);
        java.util.Set<CaseState> seen = java.util.EnumSet.noneOf(CaseState.class);
        for (int walk = 0; walk < 200; walk++) {
            Case master = openCase("Ống nước vỡ ngõ 3", 1000L + walk);
            Case k = openCase("Vỡ ống nước trước số " + walk, 2000L + walk);
            Instant at = MONDAY_9AM;
            for (int step = 0; step < 200; step++) {
                at = at.plusSeconds(600);
                Instant now = at;
                Unit lead = units.get(random.nextInt(units.size()));
                List<Unit> coordinators = units.stream().filter(u -> random.nextInt(3) == 0).toList();
                List<Runnable> actions = List.of(
                        () -> k.classify(DISPATCHER, water, null, null, now),
                        () -> k.route(DISPATCHER, lead, coordinators, now, calendar.addWorkingDays(now, 5), null),
                        () -> k.accept(OFFICER, now),
                        () -> k.returnToDispatch(OFFICER, now, "Không thuộc phạm vi"),
                        () -> k.requestInfo(OFFICER, now, "Địa chỉ?"),
                        () -> k.receiveInfo(OFFICER, now, "Số 3", calendar),
                        () -> k.requestExtension(OFFICER, now, 2, "Chờ vật tư"),
                        () -> k.decideExtension(UNIT_LEADER, now, random.nextBoolean(), "ok", calendar),
                        () -> k.answer(OFFICER, now, "Đã sửa."),
                        () -> k.approveAnswer(UNIT_LEADER, now),
                        () -> k.rejectAnswer(UNIT_LEADER, now, "Chưa rõ"),
                        () -> k.publish(UNIT_LEADER, now, "Đã sửa."),
                        () -> k.close(DISPATCHER, now, null),
                        () -> k.reopen(citizen, now, "Vẫn rò rỉ"),
                        () -> k.mergeInto(DISPATCHER, master, List.of(), now),
                        () -> k.unmerge(DISPATCHER, List.of(), now),
                        () -> k.redirect(DISPATCHER, now, "Không thuộc thẩm quyền", "Tòa án"),
                        () -> k.reject(DISPATCHER, now, "Trùng"));
                try {
                    actions.get(random.nextInt(actions.size())).run();
                } catch (DomainException | IllegalCaseTransitionException refused) {
                    continue;
                }
                seen.add(k.getState());
                if (k.getLeadUnit() == null) {
                    continue;
                }
                assertThat(k.getAssignments().stream().anyMatch(a ->
                        a.getUnit() == k.getLeadUnit() && a.getState() != Assignment.State.CANCELLED))
                        .as("walk %d, step %d, %s led by %s: %s", walk, step, k.getState(), k.getLeadUnit().getCode(),
                                k.getAssignments().stream().map(a -> a.getUnit().getCode() + " " + a.getState()).toList())
                        .isTrue();
            }
        }
        // the walks went through the whole workflow, not just its first steps
        assertThat(seen).contains(CaseState.ASSIGNED, CaseState.IN_PROGRESS, CaseState.ANSWERED, CaseState.PUBLISHED,
                CaseState.CLOSED, CaseState.REOPENED, CaseState.MERGED, CaseState.CLASSIFIED, CaseState.REDIRECTED);
    }

    static <T> T withId(T entity, long id) {
        try {
            var f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
