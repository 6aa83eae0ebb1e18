package vn.pakn.infrastructure.demo;

import static vn.pakn.infrastructure.demo.DemoTexts.pick;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseEvent;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.Reporter;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.cases.TrackingCodeGenerator;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.PhoneNumbers;
import vn.pakn.domain.model.unit.Unit;

/**
 * Builds the demo cases through the domain: a {@link Report} and {@link Case#openFor}, then the case's own
 * methods, each called by the actor whose role may do it, at an instant computed with the
 * {@link WorkingCalendar} from the category's SLA, and every returned {@link CaseEvent} handed to the
 * sink. Each case is first planned as a timeline (a list of steps with instants), the timeline is checked
 * to end before now and to be late or in time as its {@link DemoTarget} wants (a new received time is
 * drawn otherwise), and only then applied. All choices come from one seeded {@link Random}.
 */
final class DemoCaseSimulator {

    /** Where entities go: the entity manager in the server, a map in tests. Assigns the id on persist. */
    interface Sink {
        void persist(Object entity);
    }

    /** A rating to insert once the case and report have their rows. */
    record RatingRow(Case ratedCase, Report report, int score, String comment, Instant ratedAt) {
    }

    record Result(List<Case> cases, int reports, int events, List<RatingRow> ratings) {

        Map<CaseState, Integer> byState() {
            Map<CaseState, Integer> m = new EnumMap<>(CaseState.class);
            cases.forEach(c -> m.merge(c.getState(), 1, Integer::sum));
            return m;
        }
    }

    /** The reopen window after publication; the SYSTEM closes the case when it has passed. */
    static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private static final Set<String> DUPLICATE_PRONE = Set.of(DemoCatalogue.FLOODING, DemoCatalogue.WATER_SUPPLY,
            DemoCatalogue.ELECTRICITY, DemoCatalogue.FALLEN_TREES, DemoCatalogue.STREET_LIGHTING, DemoCatalogue.WASTE);

    private enum Kind {
        CLASSIFY, ROUTE, RETURN, ACCEPT, REQUEST_INFO, RECEIVE_INFO, REQUEST_EXTENSION, DECIDE_EXTENSION, ANSWER,
        REJECT_ANSWER, APPROVE, PUBLISH, RATE, CLOSE, REOPEN, REDIRECT, REJECT
    }

    /** One planned step. {@code unit} is the lead for ROUTE; {@code number} the extension days or the score. */
    private record Step(Kind kind, Instant at, Actor actor, String text, String unit, int number, boolean flag) {
    }

    private enum Timing { EARLY, ON_TIME, LATE }

    /** The story of one case: the choices that do not depend on when it was received. */
    private record Story(DemoTarget target, Channel channel, String categoryCode, String areaCode, DemoTexts.Problem problem,
                         String wording, String address, DemoPeople.Person person, boolean autoRoute, boolean forwardLate,
                         boolean returned, boolean paused, int extensionDays, boolean extensionGranted, Timing timing,
                         boolean rework, boolean citizenCloses, boolean rated, int score, String operator) {
    }

    private final Map<String, Unit> units;
    private final Map<String, Area> areas;
    private final Map<String, Category> categories;
    private final WorkingCalendar calendar;
    private final Instant now;
    private final Random random;
    private final TrackingCodeGenerator codes;
    private final Set<String> usedCodes = new HashSet<>();
    private final Sink sink;
    private final List<Case> cases = new ArrayList<>();
    private final List<RatingRow> ratings = new ArrayList<>();
    private final Map<Case, Story> stories = new java.util.IdentityHashMap<>();
    private int reports;
    private int events;

    DemoCaseSimulator(Map<String, Unit> units, Map<String, Area> areas, Map<String, Category> categories,
                      WorkingCalendar calendar, Instant now, long seed, Sink sink) {
        this.units = Map.copyOf(units);
        this.areas = Map.copyOf(areas);
        this.categories = Map.copyOf(categories);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.now = Objects.requireNonNull(now, "now");
        this.random = new Random(seed);
        this.codes = new TrackingCodeGenerator(new Random(seed ^ 0x5DEECE66DL));
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Opens about {@code total} cases in every target, then duplicates merged into some of them. */
    Result run(int total) {
        List<DemoTarget> plan = new ArrayList<>();
        for (DemoTarget t : DemoTarget.values()) {
            for (int i = 0; i < t.countFor(total); i++) {
                plan.add(t);
            }
        }
        java.util.Collections.shuffle(plan, random);
        for (DemoTarget target : plan) {
            build(story(target));
        }
        mergeDuplicates(Math.max(2, total / 40));
        return new Result(List.copyOf(cases), reports, events, List.copyOf(ratings));
    }

    // ---------------------------------------------------------------- stories

    private Story story(DemoTarget target) {
        Channel channel = channel();
        var category = pick(random, DemoCatalogue.categories());
        var area = pick(random, DemoCity.localAreas());
        var problem = pick(random, DemoTexts.problems(category.code()));
        boolean routedPath = target.isRoutedPath();
        boolean hotline = channel == Channel.HOTLINE;
        Timing timing = switch (random.nextInt(20)) {
            case 0, 1, 2 -> Timing.LATE;
            case 3, 4, 5, 6, 7, 8, 9 -> Timing.EARLY;
            default -> Timing.ON_TIME;
        };
        if (target == DemoTarget.REOPENED || target == DemoTarget.ASSIGNED_AFTER_REOPEN) {
            timing = random.nextBoolean() ? Timing.LATE : Timing.ON_TIME;
        }
        int answerDays = category.sla().answerWorkingDays();
        boolean extension = target == DemoTarget.EXTENSION_REQUESTED || target == DemoTarget.EXTENSION_GRANTED
                || routedPath && target.state.ordinal() >= CaseState.ANSWERED.ordinal() && random.nextInt(12) == 0;
        int score = switch (timing) {
            case EARLY -> 4 + random.nextInt(2);
            case ON_TIME -> 3 + random.nextInt(3);
            case LATE -> 1 + random.nextInt(3);
        };
        if (target == DemoTarget.REOPENED || target == DemoTarget.ASSIGNED_AFTER_REOPEN) {
            score = 1 + random.nextInt(2);
        }
        return new Story(target, channel, category.code(), area.code(), problem, pick(random, problem.wordings()),
                DemoPeople.address(random, area.code()), DemoPeople.person(random),
                routedPath && !hotline && random.nextInt(4) == 0,
                routedPath && random.nextInt(12) == 0,
                target == DemoTarget.RETURNED || routedPath && target != DemoTarget.ASSIGNED_AFTER_REOPEN && random.nextInt(20) == 0,
                target == DemoTarget.PAUSED || routedPath && target.state.ordinal() >= CaseState.ANSWERED.ordinal() && random.nextInt(8) == 0,
                extension ? Math.max(1, answerDays / 2 + random.nextInt(answerDays / 2 + 1)) : 0,
                target != DemoTarget.EXTENSION_REQUESTED && random.nextInt(6) != 0,
                timing,
                random.nextInt(16) == 0,
                random.nextInt(3) == 0,
                target == DemoTarget.REOPENED || target == DemoTarget.ASSIGNED_AFTER_REOPEN || random.nextInt(20) < 9,
                score,
                random.nextBoolean() ? "operator1" : "operator2");
    }

    private Channel channel() {
        int r = random.nextInt(100);
        if (r < 40) {
            return Channel.HOTLINE;
        } else if (r < 70) {
            return Channel.PORTAL;
        } else if (r < 80) {
            return Channel.EMAIL;
        } else if (r < 92) {
            return Channel.API;
        }
        return Channel.OPEN311;
    }

    // ---------------------------------------------------------------- planning

    private void build(Story s) {
        for (int attempt = 0; attempt < 400; attempt++) {
            boolean strict = attempt < 300;
            double min = strict ? s.target().minAgeDays : 0.02;
            double max = strict ? s.target().maxAgeDays : 90;
            Instant received = receivedBetween(min, max);
            List<Step> steps = new ArrayList<>();
            Predicate<Instant> wanted = plan(s, received, steps, strict);
            if (wanted != null && steps.stream().allMatch(st -> !st.at().isAfter(now.minusSeconds(60)))) {
                apply(s, received, steps);
                return;
            }
        }
        throw new IllegalStateException("no timeline fits before " + now + " for a demo case of target " + s.target());
    }

    private Instant receivedBetween(double minDays, double maxDays) {
        double days = minDays + random.nextDouble() * (maxDays - minDays);
        Instant t = now.minusSeconds((long) (days * 86_400));
        ZonedDateTime local = t.atZone(calendar.zone());
        if ((local.getHour() < 6 || local.getHour() >= 22) && random.nextInt(5) != 0) {
            local = local.with(LocalTime.of(7 + random.nextInt(13), random.nextInt(60)));
        }
        Instant r = local.toInstant();
        return r.isAfter(now.minusSeconds(600)) ? now.minusSeconds(600 + random.nextInt(3000)) : r;
    }

    /**
     * Fills {@code steps} for a case received at {@code received}; returns null when the timeline does not
     * have the lateness its target wants (only checked when {@code strict}), otherwise a non-null predicate.
     */
    private Predicate<Instant> plan(Story s, Instant received, List<Step> steps, boolean strict) {
        DemoTarget target = s.target();
        Predicate<Instant> ok = t -> true;
        Instant forwardDue = calendar.addWorkingDays(received, 1);
        boolean forwardOverdue = now.isAfter(forwardDue);
        var dispatcher = new Actor("dispatcher1", Role.DISPATCHER);
        switch (target) {
            case REDIRECTED -> {
                var r = pick(random, DemoTexts.REDIRECTS);
                steps.add(step(Kind.REDIRECT, wt(received, 20, 300), dispatcher, r.reason(), null, 0, false));
                return ok;
            }
            case REJECTED -> {
                steps.add(step(Kind.REJECT, wt(received, 10, 240), dispatcher, pick(random, DemoTexts.SPAM_REASONS), null, 0, false));
                return ok;
            }
            case RECEIVED, RECEIVED_FORWARD_OVERDUE -> {
                return !strict || forwardOverdue == (target == DemoTarget.RECEIVED_FORWARD_OVERDUE) ? ok : null;
            }
            default -> {
            }
        }
        var category = DemoCatalogue.category(s.categoryCode()).orElseThrow();
        var rule = DemoCatalogue.routeFor(s.categoryCode(), s.areaCode()).orElseThrow();
        String lead = rule.leadUnitCode();
        Instant t;
        if (s.autoRoute()) {
            t = received;
            steps.add(step(Kind.CLASSIFY, t, Actor.SYSTEM, null, null, 0, false));
            steps.add(step(Kind.ROUTE, t, Actor.SYSTEM, "Tự động theo quy tắc: " + rule.note(), lead, 0, false));
        } else {
            boolean byOperator = s.channel() == Channel.HOTLINE && random.nextInt(10) < 7;
            t = byOperator ? received.plusSeconds(120 + random.nextInt(300)) : wt(received, 10, 200);
            steps.add(step(Kind.CLASSIFY, t, byOperator ? new Actor(s.operator(), Role.OPERATOR) : dispatcher, null, null, 0, false));
            if (target == DemoTarget.CLASSIFIED || target == DemoTarget.CLASSIFIED_FORWARD_OVERDUE) {
                return !strict || forwardOverdue == (target == DemoTarget.CLASSIFIED_FORWARD_OVERDUE) ? ok : null;
            }
            Instant routeAt = s.forwardLate() ? wt(forwardDue, 30, 900)
                    : calendar.addWorkingTime(t, fraction(calendar.workingTimeBetween(t, forwardDue), 0.05, 0.9));
            t = routeAt;
            if (s.returned()) {
                String wrong = wrongUnit(lead);
                steps.add(step(Kind.ROUTE, t, dispatcher, "Chuyển xử lý", wrong, 0, false));
                t = wt(t, 60, 600);
                steps.add(step(Kind.RETURN, t, officer(wrong), pick(random, DemoTexts.RETURN_REASONS), wrong, 0, false));
                if (target == DemoTarget.RETURNED) {
                    return ok;
                }
                t = wt(t, 30, 300);
            }
            steps.add(step(Kind.ROUTE, t, dispatcher, "Chuyển " + DemoCity.unit(lead).orElseThrow().nameVi() + " chủ trì giải quyết",
                    lead, 0, false));
        }
        Instant due = calendar.addWorkingDays(t, category.sla().answerWorkingDays());
        if (target == DemoTarget.ASSIGNED) {
            return !strict || now.isBefore(due) ? ok : null;
        }
        Actor officer = officer(lead);
        Actor leader = leader(lead);
        t = wt(t, 20, 600);
        steps.add(step(Kind.ACCEPT, t, officer, null, lead, 0, false));
        if (s.paused()) {
            Instant pauseStart = wt(t, 60, 900);
            int q = random.nextInt(DemoTexts.INFO_QUESTIONS.size());
            steps.add(step(Kind.REQUEST_INFO, pauseStart, officer, DemoTexts.INFO_QUESTIONS.get(q), lead, 0, false));
            t = pauseStart;
            if (target == DemoTarget.PAUSED) {
                return ok;
            }
            Instant pauseEnd = wt(pauseStart, 120, 1500);
            Actor replier = s.channel() == Channel.HOTLINE ? new Actor(s.operator(), Role.OPERATOR) : Actor.citizen();
            steps.add(step(Kind.RECEIVE_INFO, pauseEnd, replier, DemoTexts.INFO_REPLIES.get(q), lead, 0, false));
            due = calendar.addWorkingTime(due, calendar.workingTimeBetween(pauseStart, pauseEnd));
            t = pauseEnd;
        }
        if (s.extensionDays() > 0) {
            Instant requestAt = calendar.addWorkingTime(t, fraction(calendar.workingTimeBetween(t, due), 0.4, 0.9));
            steps.add(step(Kind.REQUEST_EXTENSION, requestAt, officer, pick(random, DemoTexts.EXTENSION_REASONS), lead,
                    s.extensionDays(), false));
            t = requestAt;
            if (target == DemoTarget.EXTENSION_REQUESTED) {
                return ok;
            }
            t = wt(t, 30, 400);
            Actor decider = random.nextInt(4) == 0 ? dispatcher : leader;
            steps.add(step(Kind.DECIDE_EXTENSION, t, decider, s.extensionGranted() ? "Đồng ý gia hạn" : "Không đồng ý, đề nghị khẩn trương xử lý",
                    lead, 0, s.extensionGranted()));
            if (s.extensionGranted()) {
                due = calendar.addWorkingDays(due, s.extensionDays());
            }
        }
        switch (target) {
            case IN_PROGRESS, EXTENSION_GRANTED -> {
                return !strict || now.isBefore(due) ? ok : null;
            }
            case IN_PROGRESS_OVERDUE -> {
                return !strict || now.isAfter(due) ? ok : null;
            }
            default -> {
            }
        }
        t = answerTime(t, due, s.timing());
        String body = answerBody(s, category.code());
        steps.add(step(Kind.ANSWER, t, officer, body, lead, 0, false));
        if (s.rework()) {
            t = wt(t, 30, 300);
            steps.add(step(Kind.REJECT_ANSWER, t, leader, pick(random, DemoTexts.REWORK_NOTES), lead, 0, false));
            t = wt(t, 60, 900);
            steps.add(step(Kind.ANSWER, t, officer, body + " Đơn vị sẽ tiếp tục kiểm tra, giám sát trong thời gian tới.", lead, 0, false));
        }
        if (target == DemoTarget.ANSWERED) {
            return ok;
        }
        t = wt(t, 30, 480);
        steps.add(step(Kind.APPROVE, t, leader, null, lead, 0, false));
        if (target == DemoTarget.APPROVED) {
            return ok;
        }
        boolean byLeader = random.nextBoolean();
        t = byLeader ? wt(t, 0, 60) : t.plusSeconds(300);
        steps.add(step(Kind.PUBLISH, t, byLeader ? leader : Actor.SYSTEM, null, lead, 0, false));
        Instant published = t;
        if (target == DemoTarget.PUBLISHED) {
            addRating(s, steps, published, published.plus(REOPEN_WINDOW));
            return !strict || now.isBefore(published.plus(REOPEN_WINDOW)) ? ok : null;
        }
        if (target == DemoTarget.REOPENED || target == DemoTarget.ASSIGNED_AFTER_REOPEN) {
            Instant reopenAt = published.plusSeconds(3_600 + random.nextInt(5 * 86_400));
            addRating(s, steps, published, reopenAt);
            steps.add(step(Kind.REOPEN, reopenAt, Actor.citizen(), pick(random, DemoTexts.REOPEN_REASONS), null, 0, false));
            if (target == DemoTarget.REOPENED) {
                return ok;
            }
            t = wt(reopenAt, 60, 900);
            steps.add(step(Kind.ROUTE, t, dispatcher, "Chuyển lại đơn vị chủ trì để giải quyết dứt điểm", lead, 0, false));
            Instant due2 = calendar.addWorkingDays(t, category.sla().answerWorkingDays());
            return !strict || now.isBefore(due2) ? ok : null;
        }
        Instant closeAt = s.citizenCloses() ? published.plusSeconds(3_600 + random.nextInt(4 * 86_400)) : published.plus(REOPEN_WINDOW);
        addRating(s, steps, published, closeAt);
        steps.add(step(Kind.CLOSE, closeAt, s.citizenCloses() ? Actor.citizen() : Actor.SYSTEM,
                s.citizenCloses() ? "Công dân xác nhận đã được giải quyết" : "Hết thời hạn mở lại", null, 0, false));
        return ok;
    }

    private void addRating(Story s, List<Step> steps, Instant from, Instant before) {
        if (!s.rated()) {
            return;
        }
        long span = Math.max(120, Duration.between(from, before).getSeconds() - 60);
        Instant at = from.plusSeconds(60 + (long) (random.nextDouble() * (span - 60)));
        steps.add(step(Kind.RATE, at, Actor.citizen(), pick(random, DemoTexts.RATING_COMMENTS), null, s.score(), false));
    }

    private Instant answerTime(Instant from, Instant due, Timing timing) {
        Duration left = calendar.workingTimeBetween(from, due);
        Duration perDay = calendar.workingHours().perDay();
        return switch (timing) {
            case EARLY -> left.compareTo(perDay.plusMinutes(30)) > 0
                    ? calendar.addWorkingTime(from, fraction(left.minus(perDay), 0.2, 0.95))
                    : answerTime(from, due, Timing.ON_TIME);
            case ON_TIME -> left.isNegative() ? wt(from, 30, 120)
                    : calendar.addWorkingTime(from, fraction(left, left.compareTo(perDay) > 0 ? 1 - (double) perDay.toMinutes() / left.toMinutes() : 0.3, 1.0));
            case LATE -> wt(due.isAfter(from) ? due : from, 60, 2_400);
        };
    }

    private String answerBody(Story s, String categoryCode) {
        return "Kính gửi " + s.person().honorific() + " " + s.person().name() + ", " + pick(random, DemoTexts.answers(categoryCode));
    }

    private Duration fraction(Duration d, double from, double to) {
        if (d.isNegative() || d.isZero()) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds((long) (d.getSeconds() * (from + random.nextDouble() * (to - from))));
    }

    /** An instant between {@code min} and {@code max} working minutes after {@code t}. */
    private Instant wt(Instant t, int min, int max) {
        return calendar.addWorkingTime(t, Duration.ofMinutes(min + random.nextInt(max - min + 1)));
    }

    private String wrongUnit(String lead) {
        List<String> others = DemoCatalogue.rules().stream().map(RuleDef::leadUnitCode).distinct()
                .filter(u -> !u.equals(lead)).sorted().toList();
        return pick(random, others);
    }

    private static Actor officer(String unitCode) {
        return new Actor(DemoUsers.accountPrefixFor(unitCode).orElseThrow() + ".officer", Role.UNIT_OFFICER);
    }

    private static Actor leader(String unitCode) {
        return new Actor(DemoUsers.accountPrefixFor(unitCode).orElseThrow() + ".leader", Role.UNIT_LEADER);
    }

    private static Step step(Kind kind, Instant at, Actor actor, String text, String unit, int number, boolean flag) {
        return new Step(kind, at, actor, text, unit, number, flag);
    }

    // ---------------------------------------------------------------- applying

    private void apply(Story s, Instant received, List<Step> steps) {
        DemoTarget target = s.target();
        String title;
        String text;
        Category reportedCategory = null;
        Area reportedArea = null;
        if (target == DemoTarget.REDIRECTED) {
            var r = DemoTexts.REDIRECTS.stream().filter(x -> x.reason().equals(steps.get(0).text())).findFirst().orElseThrow();
            title = r.title();
            text = DemoTexts.fill(r.wording(), s.address(), areas.get(s.areaCode()).getNameVi(), pick(random, DemoTexts.SINCE));
        } else if (target == DemoTarget.REJECTED) {
            title = "Phản ánh";
            text = pick(random, DemoTexts.SPAM);
        } else {
            String ward = inSentence(areas.get(s.areaCode()).getNameVi());
            title = DemoTexts.fill(s.problem().title(), s.address(), ward, "");
            text = DemoTexts.fill(s.wording(), s.address(), ward, pick(random, DemoTexts.SINCE));
            if (s.channel() != Channel.HOTLINE && random.nextInt(10) < 6) {
                reportedCategory = categories.get(s.categoryCode());
            }
            if (random.nextInt(10) < 6) {
                reportedArea = areas.get(s.areaCode());
            }
        }
        title = capitalise(title);
        Opened opened = open(s, received, title, capitalise(text), reportedCategory, reportedArea, s.address());
        Case c = opened.c();
        stories.put(c, s);
        if (reportedCategory != null) {
            DemoCatalogue.routeFor(s.categoryCode(), reportedArea == null ? null : reportedArea.getCode())
                    .ifPresent(r -> c.suggestUnit(units.get(r.leadUnitCode())));
        }
        for (Step st : steps) {
            applyStep(s, c, opened.report(), st);
        }
        flagOverdue(c);
        cases.add(c);
    }

    private record Opened(Case c, Report report) {
    }

    private Opened open(Story s, Instant received, String title, String text, Category category, Area area, String address) {
        String original = text;
        String description = text;
        if ((s.channel() == Channel.EMAIL || s.channel() == Channel.API) && random.nextInt(8) == 0) {
            description = DemoPeople.ascii(text);
            original = description;
        } else if (s.channel() == Channel.PORTAL && random.nextInt(8) == 0) {
            original = Normalizer.normalize(text, Normalizer.Form.NFD);
        }
        var person = s.person();
        String phone = s.channel() == Channel.EMAIL && person.email() != null && random.nextBoolean() ? null
                : PhoneNumbers.normalise(person.phone()).orElseThrow();
        boolean anonymousEmail = s.channel() == Channel.EMAIL && person.email() == null;
        var reporter = new Reporter(person.name(), phone, phone == null ? null : PhoneNumbers.hash(phone),
                anonymousEmail ? "nguoidan" + random.nextInt(1000) + "@example.com" : person.email(), null,
                random.nextInt(3) == 0 ? DemoPeople.address(random, s.areaCode()) + ", " + areas.get(s.areaCode()).getNameVi() : null,
                random.nextInt(5) == 0);
        boolean hotline = s.channel() == Channel.HOTLINE;
        boolean located = s.channel() == Channel.OPEN311 || s.channel() == Channel.API && random.nextBoolean();
        var report = new Report(nextCode(), s.channel(), received, title, description, original, category, area, address,
                located ? 20.83 + random.nextDouble() * 0.06 : null, located ? 106.64 + random.nextDouble() * 0.08 : null,
                reporter, hotline ? received.getEpochSecond() + "." + random.nextInt(900) : null, hotline ? s.operator() : null);
        var c = Case.openFor(report, calendar.addWorkingDays(received, 1));
        sink.persist(c);
        sink.persist(report);
        reports++;
        record(c.received(hotline ? new Actor(s.operator(), Role.OPERATOR) : Actor.citizen()));
        return new Opened(c, report);
    }

    private void applyStep(Story s, Case c, Report report, Step st) {
        Instant at = st.at();
        Actor a = st.actor();
        switch (st.kind()) {
            case CLASSIFY -> record(c.classify(a, categories.get(s.categoryCode()), areas.get(s.areaCode()), null, at));
            case ROUTE -> {
                var category = categories.get(s.categoryCode());
                var rule = DemoCatalogue.routeFor(s.categoryCode(), s.areaCode()).orElseThrow();
                Set<Unit> coordinators = new LinkedHashSet<>();
                if (st.unit().equals(rule.leadUnitCode())) {
                    rule.coordinatorCodes().forEach(code -> coordinators.add(units.get(code)));
                }
                record(c.route(a, units.get(st.unit()), coordinators, at,
                        calendar.addWorkingDays(at, category.getSla().answerWorkingDays()), st.text()));
            }
            case RETURN -> record(c.returnToDispatch(a, at, st.text()));
            case ACCEPT -> record(c.accept(a, at));
            case REQUEST_INFO -> record(c.requestInfo(a, at, st.text()));
            case RECEIVE_INFO -> record(c.receiveInfo(a, at, st.text(), calendar));
            case REQUEST_EXTENSION -> record(c.requestExtension(a, at, st.number(), st.text()));
            case DECIDE_EXTENSION -> record(c.decideExtension(a, at, st.flag(), st.text(), calendar));
            case ANSWER -> record(c.answer(a, at, st.text()));
            case REJECT_ANSWER -> record(c.rejectAnswer(a, at, st.text()));
            case APPROVE -> record(c.approveAnswer(a, at));
            case PUBLISH -> record(c.publish(a, at, c.latestAnswer().orElseThrow().getBody()
                    .replace(s.person().honorific() + " " + s.person().name(), "công dân")));
            case RATE -> ratings.add(new RatingRow(c, report, st.number(), st.text(), at));
            case CLOSE -> record(c.close(a, at, st.text()));
            case REOPEN -> record(c.reopen(a, at, st.text()));
            case REDIRECT -> {
                var r = DemoTexts.REDIRECTS.stream().filter(x -> x.reason().equals(st.text())).findFirst().orElseThrow();
                record(c.redirect(a, at, r.reason(), r.redirectTo()));
            }
            case REJECT -> record(c.reject(a, at, st.text()));
        }
    }

    /** What the deadline monitor would have done by now: flag every lead assignment that ran past its due time while open. */
    private void flagOverdue(Case c) {
        for (Assignment a : c.getAssignments()) {
            if (a.getRole() != Assignment.Role.LEAD) {
                continue;
            }
            Instant flagAt = a.getDueAt().plusSeconds(900);
            Instant closedAt = a.getAnsweredAt() != null ? a.getAnsweredAt() : a.getEndedAt();
            boolean ranPast = closedAt == null ? a.openPause().isEmpty() && now.isAfter(flagAt) : closedAt.isAfter(flagAt);
            if (ranPast) {
                a.markOverdue(flagAt);
            }
        }
    }

    // ---------------------------------------------------------------- duplicates

    /** Some problems are reported many times: later reports of them are opened, then merged into the first case. */
    private void mergeDuplicates(int masters) {
        List<Case> candidates = cases.stream()
                .filter(c -> c.getCategory() != null && DUPLICATE_PRONE.contains(c.getCategory().getCode()))
                .filter(c -> c.getState() != CaseState.MERGED && c.getState() != CaseState.REDIRECTED && c.getState() != CaseState.REJECTED)
                .filter(c -> c.getReceivedAt().isBefore(now.minus(Duration.ofHours(6))))
                .toList();
        var dispatcher = new Actor("dispatcher1", Role.DISPATCHER);
        int unmerged = 0;
        for (int m = 0; m < masters && !candidates.isEmpty(); m++) {
            Case master = candidates.get(random.nextInt(candidates.size()));
            int copies = 2 + random.nextInt(5);
            for (int i = 0; i < copies; i++) {
                long window = Math.min(Duration.between(master.getReceivedAt(), now).getSeconds() - 7_200, 2 * 86_400);
                Instant received = master.getReceivedAt().plusSeconds(300 + (long) (random.nextDouble() * Math.max(60, window - 300)));
                Instant mergeAt = wt(received, 10, 180);
                if (mergeAt.isAfter(now.minusSeconds(60))) {
                    continue;
                }
                Opened opened = duplicateOf(master, received);
                Case dup = opened.c();
                Report own = opened.report();
                record(dup.mergeInto(dispatcher, master, List.of(own), mergeAt));
                if (unmerged < 2 && i == 0 && m % 3 == 1) {
                    // A merge the dispatcher got wrong: undone, and the case goes back to the dispatch queue.
                    Instant undoAt = wt(mergeAt, 30, 240);
                    if (!undoAt.isAfter(now.minusSeconds(60))) {
                        record(dup.unmerge(dispatcher, List.of(own), undoAt));
                        unmerged++;
                    }
                }
                cases.add(dup);
            }
        }
    }

    private Opened duplicateOf(Case master, Instant received) {
        String categoryCode = master.getCategory().getCode();
        var problem = stories.get(master).problem();
        String ward = master.getArea() == null ? "" : inSentence(master.getArea().getNameVi());
        String address = master.getAddress();
        var s = new Story(DemoTarget.RECEIVED, channel(), categoryCode, master.getArea() == null ? "P_HAILONG" : master.getArea().getCode(),
                problem, pick(random, problem.wordings()), address, DemoPeople.person(random), false, false, false, false, 0, false,
                Timing.ON_TIME, false, false, false, 0, random.nextBoolean() ? "operator1" : "operator2");
        String text = capitalise(DemoTexts.fill(s.wording(), address, ward, pick(random, DemoTexts.SINCE)));
        return open(s, received, capitalise(DemoTexts.fill(problem.title(), address, ward, "")), text,
                random.nextBoolean() ? master.getCategory() : null, master.getArea(), address);
    }

    // ---------------------------------------------------------------- helpers

    private void record(CaseEvent e) {
        sink.persist(e);
        events++;
    }

    private TrackingCode nextCode() {
        while (true) {
            TrackingCode code = codes.next();
            if (usedCodes.add(code.value())) {
                return code;
            }
        }
    }

    /** "Phường Hải Long" as written inside a sentence: "phường Hải Long". */
    static String inSentence(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
