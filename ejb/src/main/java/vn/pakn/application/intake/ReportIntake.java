package vn.pakn.application.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.CaseHistory;
import vn.pakn.application.ReferenceData;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.application.cases.CaseNotifications;
import vn.pakn.infrastructure.search.LikelyDuplicateHints;
import vn.pakn.infrastructure.search.SearchIndexing;
import java.util.List;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.Reporter;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.cases.TrackingCodeGenerator;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.inbox.InboxItem;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.PhoneNumbers;
import vn.pakn.domain.model.shared.Texts;

/**
 * Takes a report in from any channel: stores the raw item, normalises text (NFC) and phone (E.164), gives a
 * tracking code, opens a case with its forwarding deadline and suggests the unit from the routing rules —
 * all in one transaction, so an acknowledged report is on disk before the answer leaves.
 */
@Stateless
public class ReportIntake {

    private static final Logger LOG = Logger.getLogger(ReportIntake.class);
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_TITLE = 300;
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    /** The e-mail shape intake accepts (also used by channels that rather drop a bad address than refuse the report). */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final TrackingCodeGenerator CODES = new TrackingCodeGenerator();

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private CaseHistory history;

    @Inject
    private CaseNotifications notifications;

    @Inject
    private SearchIndexing searchIndexing;

    @Inject
    private LikelyDuplicateHints duplicateHints;

    @Inject
    @ConfigProperty(name = "pakn.routing.auto", defaultValue = "false")
    private boolean autoRoute;

    /**
     * The receipt of an earlier submit with the same idempotency key, if there was one. One indexed look-up of the
     * report id only (not the stored payload), and the report read only when there is one.
     */
    public Optional<Receipt> previous(Channel channel, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        List<Long> reportIds = em.createQuery("SELECT i.reportId FROM InboxItem i WHERE i.channel = :ch AND i.idempotencyKey = :k",
                        Long.class)
                .setParameter("ch", channel).setParameter("k", idempotencyKey).setMaxResults(1).getResultList();
        return reportIds.stream().filter(java.util.Objects::nonNull).findFirst()
                .map(id -> em.find(Report.class, id))
                .map(r -> new Receipt(r.getTrackingCode(), r.getCase().getState(), r.getReceivedAt(), r.getCase().getForwardDueAt(), true));
    }

    public Receipt submit(SubmitReport cmd, Channel channel, String idempotencyKey, String payload, String submittedBy) {
        var earlier = previous(channel, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var inbox = new InboxItem(channel, idempotencyKey == null ? "auto-" + java.util.UUID.randomUUID() : idempotencyKey,
                clock.instant(), payload);
        em.persist(inbox);
        return submitStored(cmd, inbox, submittedBy);
    }

    /**
     * Takes in a report whose raw item the channel adapter has already stored (the e-mail reader stores the
     * message first, in its own transaction, so that nothing leaves the mailbox before it is on disk).
     */
    public Receipt submitStored(SubmitReport cmd, InboxItem inbox, String submittedBy) {
        Channel channel = inbox.getChannel();
        Instant now = clock.instant();
        String description = Texts.nfcOrNull(cmd.description());
        if (description == null) {
            throw DomainException.invalid("missing-description", "Cần nhập nội dung phản ánh.", "The description is required.");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw DomainException.invalid("description-too-long", "Nội dung quá dài (tối đa " + MAX_DESCRIPTION + " ký tự).",
                    "The description is too long (at most " + MAX_DESCRIPTION + " characters).");
        }
        String title = Optional.ofNullable(Texts.nfcOrNull(cmd.title())).orElseGet(() -> titleFrom(description));
        if (title.length() > MAX_TITLE) {
            throw DomainException.invalid("title-too-long", "Tiêu đề quá dài (tối đa " + MAX_TITLE + " ký tự).",
                    "The title is too long (at most " + MAX_TITLE + " characters).");
        }
        checkCoordinates(cmd.latitude(), cmd.longitude());
        var category = referenceData.category(cmd.categoryCode()).orElse(null);
        var area = referenceData.area(cmd.areaCode()).orElse(null);
        var reporter = reporter(cmd.reporter(), cmd.consentToShareIdentity());

        var report = new Report(newCode(), channel, now, title, description, cmd.description(), category, area,
                Texts.nfcOrNull(cmd.address()), cmd.latitude(), cmd.longitude(), reporter,
                Texts.nfcOrNull(cmd.callLinkedId()), submittedBy);
        var calendar = calendars.current();
        int forwardDays = category == null ? 1 : category.getSla().forwardWorkingDays();
        var c = Case.openFor(report, calendar.addWorkingDays(now, forwardDays));
        em.persist(c);
        em.persist(report);
        // Ids come from sequences at persist, so everything below is set before the one flush at commit: the case,
        // the report, the inbox row and the events are inserted in their final state (no insert-then-update).
        inbox.processed(report.getId());
        history.append(c.received(new Actor(submittedBy == null ? "citizen" : submittedBy,
                submittedBy == null ? Role.CITIZEN : Role.OPERATOR)));
        referenceData.routeFor(category, area).ifPresent(rule -> {
            c.suggestUnit(rule.getLeadUnit());
            if (autoRoute && category != null) {
                Actor system = Actor.SYSTEM;
                history.append(c.classify(system, category, area, null, now));
                history.append(c.route(system, rule.getLeadUnit(), rule.getCoordinators(), now,
                        calendar.addWorkingDays(now, category.getSla().answerWorkingDays()), "Tự động theo quy tắc"));
                notifications.assigned(c, rule.getLeadUnit(), List.copyOf(rule.getCoordinators()));
            }
        });
        hintLikelyDuplicate(c, report, cmd.sameAsTrackingCode());
        searchIndexing.reindexAfterCommit(List.of(report));
        notifications.acknowledged(report);
        LOG.infof("PAKN0100: report %s received on %s (caller %s)", report.getTrackingCode(), channel,
                reporter.getPhone() == null ? "-" : PhoneNumbers.mask(reporter.getPhone()));
        return new Receipt(report.getTrackingCode(), c.getState(), now, c.getForwardDueAt(), false);
    }

    /**
     * The case the submitter named ("it is this one") becomes the hint at once; otherwise the duplicate finder is
     * asked after the commit, off the request thread ({@link LikelyDuplicateHints}).
     */
    private void hintLikelyDuplicate(Case c, Report report, String sameAsTrackingCode) {
        Optional<Case> named = sameAsTrackingCode == null ? Optional.empty() : caseNamed(sameAsTrackingCode);
        if (named.isPresent()) {
            c.hintLikelyDuplicateOf(named.get().getId(), named.get().getTrackingCode(), 1.0);
        } else {
            duplicateHints.findAfterCommit(report, c.getId());
        }
    }

    /** The case behind a tracking code, of a case or of any of its reports; a merged case leads to its master. */
    private Optional<Case> caseNamed(String trackingCode) {
        return em.createQuery("SELECT r.currentCase FROM Report r WHERE r.trackingCode = :code", Case.class)
                .setParameter("code", trackingCode).setMaxResults(1).getResultList().stream().findFirst()
                .filter(named -> named.getState() != CaseState.MERGED);
    }

    private TrackingCode newCode() {
        for (int attempt = 0; attempt < 8; attempt++) {
            TrackingCode code = CODES.next();
            long taken = em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.trackingCode = :c", Long.class)
                    .setParameter("c", code.value()).getSingleResult();
            if (taken == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 8 attempts: the code space is nearly full");
    }

    private static String titleFrom(String description) {
        String firstLine = description.lines().findFirst().orElse(description).strip();
        if (firstLine.length() <= 80) {
            return firstLine;
        }
        int cut = firstLine.lastIndexOf(' ', 80);
        return firstLine.substring(0, cut > 40 ? cut : 80) + "…";
    }

    private static void checkCoordinates(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw DomainException.invalid("partial-location", "Cần cả vĩ độ và kinh độ.", "Both latitude and longitude are needed.");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw DomainException.invalid("bad-location", "Toạ độ không hợp lệ.", "The coordinates are out of range.");
        }
    }

    private static Reporter reporter(SubmitReport.ReporterData data, boolean consent) {
        if (data == null) {
            return new Reporter(null, null, null, null, null, null, consent);
        }
        String phone = null;
        if (data.phone() != null && !data.phone().isBlank()) {
            phone = PhoneNumbers.normalise(data.phone()).orElseThrow(() -> DomainException.invalid("bad-phone",
                    "Số điện thoại không hợp lệ.", "The phone number is not valid."));
        }
        String email = Texts.nfcOrNull(data.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("bad-email", "Địa chỉ thư điện tử không hợp lệ.", "The e-mail address is not valid.");
        }
        String citizenId = Texts.nfcOrNull(data.citizenId());
        if (citizenId != null && !CITIZEN_ID.matcher(citizenId).matches()) {
            throw DomainException.invalid("bad-citizen-id", "Số CCCD phải gồm 12 chữ số.", "The citizen ID must be 12 digits.");
        }
        return new Reporter(Texts.nfcOrNull(data.name()), phone, phone == null ? null : PhoneNumbers.hash(phone), email,
                citizenId, Texts.nfcOrNull(data.address()), consent);
    }
}
