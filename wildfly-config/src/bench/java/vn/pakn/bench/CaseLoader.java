package vn.pakn.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * Bulk-loads realistic cases straight into the migrated PostgreSQL with COPY, for the dashboard benchmark: cases
 * received over the last {@code days} days (office hours and working days more than nights and weekends, slowly
 * growing), every channel, category, area and the units the routing rules name, in every state, with their report,
 * their lead assignment (some first returned by another unit, some paused), due times from the category's answer
 * time, answers mostly on time and some late, ratings on part of the published and closed ones, some reopened,
 * merged, rejected and redirected. The columns agree with each other the way the application writes them (a
 * CLOSED case has routed_at, answered_at, published_at and closed_at in that order, its lead assignment ANSWERED
 * at answered_at, …). Case events and answer texts are not written: the dashboard does not read them.
 * Deterministic for a seed.
 */
final class CaseLoader {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSX");
    private static final int CHUNK = 20_000;
    private static final String[] CHANNELS = {"HOTLINE", "PORTAL", "API", "EMAIL", "OPEN311"};
    private static final double[] CHANNEL_WEIGHTS = {0.38, 0.34, 0.10, 0.12, 0.06};
    private static final String[] TITLES = {"Đèn đường không sáng", "Rác thải tồn đọng nhiều ngày", "Ổ gà trên mặt đường",
        "Nước sinh hoạt yếu, mất nước", "Tiếng ồn karaoke ban đêm", "Cây xanh có nguy cơ gãy đổ", "Lấn chiếm vỉa hè",
        "Cống thoát nước bị tắc", "Mất điện kéo dài", "Xây dựng không phép", "Ngập úng sau mưa", "Khói bụi từ công trình"};

    private record Category(long id, int answerDays) {
    }

    private final SplittableRandom random;
    private final List<Category> categories = new ArrayList<>();
    private final Map<Long, List<Long>> unitsByCategory = new HashMap<>();
    private final List<Long> units = new ArrayList<>();
    private final List<Long> areas = new ArrayList<>();
    private final Instant now;
    private final int days;

    private long caseId;
    private long assignmentId;
    private long ratingId;
    private long pauseId;
    private long reportId;

    private final StringBuilder cases = new StringBuilder();
    private final StringBuilder reports = new StringBuilder();
    private final StringBuilder assignments = new StringBuilder();
    private final StringBuilder ratings = new StringBuilder();
    private final StringBuilder pauses = new StringBuilder();

    CaseLoader(long seed, Instant now, int days) {
        this.random = new SplittableRandom(seed);
        this.now = now;
        this.days = days;
    }

    /** Loads {@code count} cases in one transaction; returns the time it took. */
    Duration load(Connection c, long count) throws SQLException {
        long start = System.nanoTime();
        readReferenceData(c);
        c.setAutoCommit(false);
        caseId = nextBlock(c, "pakn_case");
        reportId = nextBlock(c, "report");
        assignmentId = nextBlock(c, "assignment");
        ratingId = nextBlock(c, "rating");
        pauseId = nextBlock(c, "pause_period");
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        long firstCase = caseId;
        for (long i = 0; i < count; i++) {
            oneCase(firstCase);
            if ((i + 1) % CHUNK == 0 || i == count - 1) {
                try {
                    copy.copyIn("COPY pakn_case (id, tracking_code, title, description, state, channel, category_id, area_id,"
                            + " address, received_at, forward_due_at, classified_at, routed_at, answered_at, published_at,"
                            + " closed_at, lead_unit_id, merged_into_id, state_before_merge, returned_count, reopened_count,"
                            + " report_count, change_seq, version) FROM STDIN", new StringReader(cases.toString()));
                    copy.copyIn("COPY report (id, tracking_code, case_id, original_case_id, channel, received_at, title,"
                            + " description, description_original, category_id, area_id, reporter_name, consent_share_identity)"
                            + " FROM STDIN", new StringReader(reports.toString()));
                    copy.copyIn("COPY assignment (id, case_id, unit_id, role, state, assigned_at, due_at, original_due_at,"
                            + " accepted_at, answered_at, ended_at, end_reason, version) FROM STDIN",
                            new StringReader(assignments.toString()));
                    copy.copyIn("COPY pause_period (id, assignment_id, started_at, ended_at, reason) FROM STDIN",
                            new StringReader(pauses.toString()));
                    copy.copyIn("COPY rating (id, case_id, report_id, score, rated_at) FROM STDIN", new StringReader(ratings.toString()));
                } catch (java.io.IOException e) {
                    throw new SQLException(e);
                }
                cases.setLength(0);
                reports.setLength(0);
                assignments.setLength(0);
                pauses.setLength(0);
                ratings.setLength(0);
                if ((i + 1) % 200_000 == 0) {
                    System.out.printf("[bench] %,d cases loaded (%.0f s)%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        for (String[] seq : new String[][] {{"pakn_case_seq", "pakn_case"}, {"report_seq", "report"},
                {"assignment_seq", "assignment"}, {"rating_seq", "rating"}, {"pause_period_seq", "pause_period"}}) {
            try (var s = c.createStatement()) {
                s.execute("SELECT setval('" + seq[0] + "', (SELECT COALESCE(MAX(id), 0) + 1000 FROM " + seq[1] + "))");
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try (var s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void readReferenceData(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT id, answer_working_days FROM category WHERE active")) {
                while (rs.next()) {
                    categories.add(new Category(rs.getLong(1), rs.getInt(2)));
                }
            }
            try (var rs = s.executeQuery("SELECT category_id, lead_unit_id FROM routing_rule WHERE active AND category_id IS NOT NULL")) {
                while (rs.next()) {
                    unitsByCategory.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            try (var rs = s.executeQuery("SELECT id FROM unit WHERE active AND parent_id IS NOT NULL")) {
                while (rs.next()) {
                    units.add(rs.getLong(1));
                }
            }
            try (var rs = s.executeQuery("SELECT id FROM area WHERE active")) {
                while (rs.next()) {
                    areas.add(rs.getLong(1));
                }
            }
        }
        if (categories.isEmpty() || units.isEmpty()) {
            throw new IllegalStateException("no categories or units: the server's demo data did not load");
        }
    }

    /** The first id of a free block above the sequence and the ids in the table (Hibernate allocates 50 at a time). */
    private static long nextBlock(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM " + table
                + "), (SELECT last_value FROM " + table + "_seq)) + 10000")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void oneCase(long firstCase) {
        long id = caseId++;
        Instant received = receivedAt();
        String channel = pick(CHANNELS, CHANNEL_WEIGHTS);
        Category category = categories.get(skewed(categories.size()));
        Long area = areas.isEmpty() ? null : areas.get(random.nextInt(areas.size()));
        String title = TITLES[random.nextInt(TITLES.length)];
        double age = hoursBetween(received, now) / 24.0;
        String code = String.format("B%09d", id % 1_000_000_000L);

        String state;
        Instant classified = null;
        Instant routed = null;
        Instant answered = null;
        Instant published = null;
        Instant closed = null;
        Long leadUnit = null;
        Long mergedInto = null;
        String stateBeforeMerge = null;
        int returned = 0;
        int reopened = 0;
        double roll = random.nextDouble();
        if (roll < 0.01 && id - firstCase > CHUNK + 1000) {
            state = "MERGED";
            mergedInto = id - CHUNK - random.nextInt(1000);
            stateBeforeMerge = "RECEIVED";
        } else if (roll < 0.03) {
            state = "REJECTED";
            closed = plusHours(received, 2 + random.nextInt(40));
        } else if (roll < 0.04) {
            state = "REDIRECTED";
            closed = plusHours(received, 2 + random.nextInt(40));
        } else if (age < 1.5 && roll < 0.5) {
            state = roll < 0.3 ? "RECEIVED" : "CLASSIFIED";
            classified = "CLASSIFIED".equals(state) ? plusHours(received, 1) : null;
        } else {
            classified = plusHours(received, 0.5 + random.nextDouble() * 8);
            routed = plusHours(classified, random.nextDouble() * 30);
            if (routed.isAfter(now)) {
                routed = now.minusSeconds(60);
            }
            List<Long> candidates = unitsByCategory.getOrDefault(category.id(), units);
            leadUnit = candidates.get(random.nextInt(candidates.size()));
            if (random.nextDouble() < 0.04) {
                long other = units.get(random.nextInt(units.size()));
                Instant returnedAt = plusHours(routed, 4 + random.nextDouble() * 40);
                Instant due = plusDays(routed, category.answerDays() * 1.4);
                assignment(id, other, "RETURNED", routed, due, null, null, null, returnedAt);
                routed = returnedAt.isAfter(now) ? now.minusSeconds(30) : returnedAt;
                returned = 1;
            }
            // A working day is about 1.4 calendar days (weekends); holidays are ignored here.
            Instant due = plusDays(routed, category.answerDays() * 1.4);
            Instant originalDue = due;
            double pauseDays = random.nextDouble() < 0.04 ? 1 + random.nextInt(5) : 0;
            due = plusDays(due, pauseDays);
            // Time to answer as a share of the allowed time: most well within it, about one in eight late.
            double share = Math.exp(random.nextGaussian() * 0.45 - 0.55);
            Instant answerAt = plusDays(routed, (category.answerDays() * 1.4 + pauseDays) * share);
            Instant accepted = plusHours(routed, random.nextDouble() * 20);
            long aid = assignmentId;
            if (answerAt.isBefore(now)) {
                answered = answerAt;
                assignment(id, leadUnit, "ANSWERED", routed, due, originalDue, accepted.isAfter(answerAt) ? answerAt : accepted,
                        answerAt, null);
                Instant approvedBy = plusHours(answerAt, 2 + random.nextDouble() * 40);
                if (approvedBy.isAfter(now)) {
                    state = "ANSWERED";
                } else {
                    published = approvedBy;
                    Instant closeAt = plusDays(published, 10);
                    state = closeAt.isBefore(now) ? "CLOSED" : "PUBLISHED";
                    closed = "CLOSED".equals(state) ? closeAt : null;
                    if (random.nextDouble() < 0.35) {
                        long score = rating(answerAt.isAfter(due));
                        Instant ratedAt = plusDays(published, random.nextDouble() * 5);
                        ratings.append(ratingId++).append('\t').append(id).append('\t').append(reportId).append('\t')
                                .append(score).append('\t').append(ts(ratedAt.isAfter(now) ? now : ratedAt)).append('\n');
                    }
                    if ("CLOSED".equals(state) && random.nextDouble() < 0.02) {
                        reopened = 1;
                    }
                }
            } else {
                boolean isAccepted = accepted.isBefore(now);
                state = isAccepted ? "IN_PROGRESS" : "ASSIGNED";
                assignment(id, leadUnit, isAccepted ? "ACCEPTED" : "ASSIGNED", routed, due, originalDue,
                        isAccepted ? accepted : null, null, null);
                if (isAccepted && random.nextDouble() < 0.08) {
                    pauses.append(pauseId++).append('\t').append(aid).append('\t').append(ts(plusHours(accepted, 1)))
                            .append("\t\\N\tChờ người dân bổ sung thông tin\n");
                }
            }
            if (pauseDays > 0 && answered != null) {
                Instant p = plusHours(accepted, 1);
                pauses.append(pauseId++).append('\t').append(aid).append('\t').append(ts(p)).append('\t')
                        .append(ts(plusDays(p, pauseDays))).append("\tChờ người dân bổ sung thông tin\n");
            }
        }
        Instant forwardDue = plusDays(received, 2.8);
        cases.append(id).append('\t').append(code).append('\t').append(title).append('\t')
                .append(title).append(" tại khu vực dân cư, đề nghị cơ quan chức năng kiểm tra, xử lý.").append('\t')
                .append(state).append('\t').append(channel).append('\t').append(category.id()).append('\t')
                .append(n(area)).append('\t').append("Số ").append(1 + random.nextInt(300)).append(" đường Lê Lợi").append('\t')
                .append(ts(received)).append('\t').append(ts(forwardDue)).append('\t').append(ts(classified)).append('\t')
                .append(ts(routed)).append('\t').append(ts(answered)).append('\t').append(ts(published)).append('\t')
                .append(ts(closed)).append('\t').append(n(leadUnit)).append('\t').append(n(mergedInto)).append('\t')
                .append(stateBeforeMerge == null ? "\\N" : stateBeforeMerge).append('\t').append(returned).append('\t')
                .append(reopened).append('\t').append(1).append('\t').append(3).append('\t').append(1).append('\n');
        reports.append(reportId++).append('\t').append(code).append('\t').append(mergedInto == null ? id : mergedInto).append('\t')
                .append(id).append('\t').append(channel).append('\t').append(ts(received)).append('\t').append(title).append('\t')
                .append(title).append('\t').append(title).append('\t').append(category.id()).append('\t').append(n(area))
                .append('\t').append("Người dân ").append(id % 9973).append('\t').append(random.nextDouble() < 0.3 ? "t" : "f")
                .append('\n');
    }

    private void assignment(long caseId, long unit, String state, Instant assigned, Instant due, Instant originalDue,
            Instant accepted, Instant answered, Instant ended) {
        String reason = ended == null ? "\\N" : "Không thuộc thẩm quyền";
        Instant endedAt = ended != null ? ended : answered;
        assignments.append(assignmentId++).append('\t').append(caseId).append('\t').append(unit).append('\t').append("LEAD")
                .append('\t').append(state).append('\t').append(ts(assigned)).append('\t').append(ts(due)).append('\t')
                .append(ts(originalDue == null ? due : originalDue)).append('\t').append(ts(accepted)).append('\t')
                .append(ts(answered)).append('\t').append(ts(endedAt)).append('\t').append(reason).append('\t').append(1)
                .append('\n');
    }

    private long rating(boolean late) {
        double r = random.nextDouble();
        if (late) {
            return r < 0.3 ? 1 : r < 0.55 ? 2 : r < 0.8 ? 3 : r < 0.95 ? 4 : 5;
        }
        return r < 0.04 ? 1 : r < 0.1 ? 2 : r < 0.25 ? 3 : r < 0.6 ? 4 : 5;
    }

    /** A day in the window, more recent days a little more likely (growth), working days and office hours more. */
    private Instant receivedAt() {
        while (true) {
            // density 0.7 at the start of the window rising to 1.3 at its end, by inverting its distribution function
            double x = (-0.7 + Math.sqrt(0.49 + 1.2 * random.nextDouble())) / 0.6;
            int back = (int) (days * (1 - x));
            LocalDate day = LocalDate.ofInstant(now, VIETNAM).minusDays(Math.min(days - 1, Math.max(0, back)));
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (weekend && random.nextDouble() > 0.35) {
                continue;
            }
            int hour = random.nextDouble() < 0.8 ? 7 + random.nextInt(11) : random.nextInt(24);
            ZonedDateTime t = day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(VIETNAM);
            Instant at = t.toInstant();
            if (at.isBefore(now)) {
                return at;
            }
        }
    }

    /** An index into a list of n, the first ones more often (a few categories make most reports). */
    private int skewed(int n) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 1.8)));
    }

    private String pick(String[] values, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static double hoursBetween(Instant a, Instant b) {
        return Duration.between(a, b).toMinutes() / 60.0;
    }

    private static Instant plusHours(Instant t, double hours) {
        return t.plusSeconds((long) (hours * 3600));
    }

    private static Instant plusDays(Instant t, double days) {
        return plusHours(t, days * 24);
    }

    private static String n(Long value) {
        return value == null ? "\\N" : value.toString();
    }

    private static String ts(Instant t) {
        return t == null ? "\\N" : TS.format(t.atZone(java.time.ZoneOffset.UTC));
    }
}
