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
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.inbox.InboxItem;
import vn.pakn.domain.model.shared.Channel;
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
    public static final int MAX_DESCRIPTION = IntakeChecks.MAX_DESCRIPTION;
    public static final int MAX_TITLE = IntakeChecks.MAX_TITLE;
    /** The e-mail shape intake accepts (also used by channels that rather drop a bad address than refuse the report). */
    public static final Pattern EMAIL = IntakeChecks.EMAIL;

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
    private TrackingCodes codes;

    @Inject
    @ConfigProperty(name = "pakn.routing.auto", defaultValue = "false")
    private boolean autoRoute;

    /**
     * The receipt of an earlier submit with the same idempotency key, if there was one: of its report once there is
     * one, else of its journal row (accepted, case not opened yet).
     */
    public Optional<Receipt> previous(Channel channel, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT i FROM InboxItem i WHERE i.channel = :ch AND i.idempotencyKey = :k", InboxItem.class)
                .setParameter("ch", channel).setParameter("k", idempotencyKey).setMaxResults(1).getResultList().stream()
                .findFirst().flatMap(this::receiptOf);
    }

    /** The receipt an inbox row stands for: its report's, or the journaled promise while the case is not open yet. */
    public Optional<Receipt> receiptOf(InboxItem item) {
        if (item.getReportId() != null) {
            Report r = em.find(Report.class, item.getReportId());
            return Optional.of(new Receipt(r.getTrackingCode(), r.getCase().getState(), r.getReceivedAt(),
                    r.getCase().getForwardDueAt(), true));
        }
        if (item.isJournaled()) {
            return Optional.of(new Receipt(item.getTrackingCode(), CaseState.RECEIVED, item.getReceivedAt(), item.getForwardDueAt(), true));
        }
        return Optional.empty();
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
        return open(cmd, inbox, submittedBy, clock.instant(), null);
    }

    /**
     * Opens the case of a journaled submission (see {@link IntakeJournal}) with the tracking code, received time and
     * forwarding deadline its receipt gave.
     */
    public Receipt materialise(SubmitReport cmd, InboxItem journaled) {
        return open(cmd, journaled, journaled.getSubmittedBy(), journaled.getReceivedAt(), journaled.getForwardDueAt());
    }

    private Receipt open(SubmitReport cmd, InboxItem inbox, String submittedBy, Instant now, Instant promisedForwardDue) {
        Channel channel = inbox.getChannel();
        var text = IntakeChecks.check(cmd);
        var category = referenceData.category(cmd.categoryCode()).orElse(null);
        var area = referenceData.area(cmd.areaCode()).orElse(null);
        var reporter = IntakeChecks.reporter(cmd.reporter(), cmd.consentToShareIdentity());

        String code = inbox.getTrackingCode();
        if (code == null) {
            code = codes.draw(1).iterator().next();
            inbox.reserveCode(code);
        }
        var report = new Report(TrackingCode.parse(code), channel, now, text.title(), text.description(), cmd.description(),
                category, area, Texts.nfcOrNull(cmd.address()), cmd.latitude(), cmd.longitude(), reporter,
                Texts.nfcOrNull(cmd.callLinkedId()), submittedBy);
        var calendar = calendars.current();
        int forwardDays = category == null ? 1 : category.getSla().forwardWorkingDays();
        var c = Case.openFor(report, promisedForwardDue != null ? promisedForwardDue : calendar.addWorkingDays(now, forwardDays));
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
}
