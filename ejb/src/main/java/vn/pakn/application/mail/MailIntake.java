package vn.pakn.application.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.attachment.Attachments;
import vn.pakn.application.attachment.IncomingFile;
import vn.pakn.domain.model.attachment.Attachment;
import vn.pakn.domain.model.attachment.AttachmentPolicy;
import vn.pakn.infrastructure.attachment.StagedFile;
import vn.pakn.infrastructure.mail.MailAttachment;
import vn.pakn.application.CaseHistory;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.application.cases.CaseNotifications;
import vn.pakn.application.intake.ReportIntake;
import vn.pakn.application.intake.SubmitReport;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.inbox.InboxItem;
import vn.pakn.domain.model.mail.MailItem;
import vn.pakn.domain.model.mail.MailStatus;
import vn.pakn.domain.model.mail.MailThread;
import vn.pakn.domain.model.mail.QuarantineDecision;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.infrastructure.mail.BadMailException;
import vn.pakn.infrastructure.mail.MailLimits;
import vn.pakn.infrastructure.mail.MailParser;
import vn.pakn.infrastructure.mail.MailSettings;
import vn.pakn.infrastructure.mail.ParsedMail;
import vn.pakn.infrastructure.mail.QuotedText;

/**
 * Takes an inbound e-mail in two steps, each its own transaction, so that the mailbox reader can move the
 * message out of the inbox only once both are on disk:
 * <ol>
 *   <li>{@link #store}: the raw bytes, unique by Message-ID (a content hash where there is none) — a second
 *       store of the same message, by a retry or by another node, finds the first;</li>
 *   <li>{@link #process}: under a row lock on the stored item, once: parse; keep automatic mail (auto-reply,
 *       bounce, loop) with its status; add a reply or a message naming a tracking code to that case as a
 *       follow-up; otherwise open a report through {@link ReportIntake}, which acknowledges it with the code.</li>
 * </ol>
 * A message that cannot be read is quarantined with the reason ({@link #quarantine}), never retried forever.
 */
@Stateless
public class MailIntake {

    private static final Logger LOG = Logger.getLogger(MailIntake.class);
    /** Citizens are named "citizen" in the history: the e-mail address is personal data. */
    private static final Actor CITIZEN = new Actor("citizen", Role.CITIZEN);
    private static final Pattern CODE = Pattern.compile("(?<![\\d])(\\d{3}[ .-]?\\d{3}[ .-]?\\d{3}[ .-]?\\d)(?![\\d])");
    private static final Pattern CODE_CONTEXT = Pattern.compile(
            "(?iu)(mã|ma|code|số hồ sơ|so ho so|hồ sơ|ho so|pakn|tra cứu|tra cuu|tracking)[^\\d\\n]{0,30}$");
    private static final int MAX_NOTE = 3900;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReportIntake intake;

    @Inject
    private CaseHistory history;

    @Inject
    private CaseNotifications notifications;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private Attachments attachments;

    @Inject
    @ConfigProperty(name = MailSettings.MAX_MESSAGE_BYTES, defaultValue = MailSettings.Defaults.MAX_MESSAGE_BYTES)
    private long maxMessageBytes;

    @Inject
    @ConfigProperty(name = MailSettings.MAX_ATTACHMENT_BYTES, defaultValue = MailSettings.Defaults.MAX_ATTACHMENT_BYTES)
    private long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = MailSettings.MAX_ATTACHMENTS, defaultValue = MailSettings.Defaults.MAX_ATTACHMENTS)
    private int maxAttachments;

    @Inject
    @ConfigProperty(name = MailSettings.FROM, defaultValue = MailSettings.Defaults.FROM)
    private String from;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_USER)
    private Optional<String> imapUser;

    @Inject
    @ConfigProperty(name = MailSettings.OWN_ADDRESSES)
    private Optional<String> ownAddresses;

    private MailParser parser;

    @PostConstruct
    void init() {
        Set<String> own = new HashSet<>();
        own.add(from);
        imapUser.filter(u -> u.contains("@")).ifPresent(own::add);
        ownAddresses.ifPresent(list -> own.addAll(java.util.Arrays.asList(list.split("\\s*,\\s*"))));
        own.removeIf(String::isBlank);
        var d = MailLimits.DEFAULTS;
        parser = new MailParser(new MailLimits(maxMessageBytes, maxAttachmentBytes, maxAttachments, d.maxParts(), d.maxDepth(),
                d.maxZipExpandedBytes(), d.maxZipRatio(), d.allowedTypes()), own);
    }

    /** A stored message: its id and whether processing has already decided what it is. */
    public record Stored(long mailItemId, boolean done, boolean quarantined) {
    }

    /** What processing made of a message. */
    public record Outcome(MailStatus status, Long caseId, String trackingCode, String reason) {
    }

    /**
     * Stores the raw message unless it is stored already.
     *
     * @param rawSize the size the mailbox reported; more than {@code raw.length} if only the beginning was read
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Stored store(byte[] raw, long rawSize) {
        boolean truncated = rawSize > raw.length;
        String messageId = MailReports.messageIdOf(raw);
        String key = MailReports.idempotencyKey(messageId, raw);
        var existing = em.createQuery("SELECT i FROM InboxItem i WHERE i.channel = :ch AND i.idempotencyKey = :k", InboxItem.class)
                .setParameter("ch", Channel.EMAIL).setParameter("k", key).getResultStream().findFirst();
        if (existing.isPresent()) {
            var item = em.createQuery("SELECT m FROM MailItem m WHERE m.inboxItemId = :id", MailItem.class)
                    .setParameter("id", existing.get().getId()).getSingleResult();
            // A dismissed message that comes in again goes back to the quarantine folder, like the first time.
            return new Stored(item.getId(), item.isDone(),
                    item.getStatus() == MailStatus.QUARANTINED || item.getStatus() == MailStatus.DISMISSED);
        }
        var inbox = new InboxItem(Channel.EMAIL, key, clock.instant(), null);
        em.persist(inbox);
        em.flush();
        var item = new MailItem(inbox.getId(), messageId, raw, rawSize, truncated, clock.instant());
        em.persist(item);
        em.flush();
        return new Stored(item.getId(), false, false);
    }

    /** Decides what the stored message is, once; a second call returns what the first decided. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome process(long mailItemId) {
        var item = em.find(MailItem.class, mailItemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new IllegalArgumentException("no mail item " + mailItemId);
        }
        if (item.isDone()) {
            return new Outcome(item.getStatus(), item.getCaseId(), null, item.getReason());
        }
        return decide(item);
    }

    /**
     * An ADMIN releases a quarantined message: it is processed again at once, in this transaction, under the
     * limits now in force, and becomes a report, a follow-up or kept mail, or is quarantined again with the new
     * reason. The decision is recorded with who, when and the outcome.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome release(long mailItemId, String admin) {
        var item = quarantinedItem(mailItemId);
        var decision = QuarantineDecision.release(item, admin, clock.instant());
        em.persist(decision);
        Outcome outcome = decide(item);
        decision.settled(outcome.status());
        return outcome;
    }

    /**
     * A release whose processing failed (and was rolled back): the message stays quarantined with that failure
     * as its reason, and the release is recorded with that outcome.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome releaseFailed(long mailItemId, String admin, String reason) {
        var item = quarantinedItem(mailItemId);
        var decision = QuarantineDecision.release(item, admin, clock.instant());
        em.persist(decision);
        decision.settled(MailStatus.QUARANTINED);
        return quarantined(item, em.find(InboxItem.class, item.getInboxItemId()), reason);
    }

    /** An ADMIN dismisses a quarantined message with a reason: kept for audit, no longer pending. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dismiss(long mailItemId, String admin, String note) {
        var item = quarantinedItem(mailItemId);
        em.persist(QuarantineDecision.dismiss(item, admin, clock.instant(), note));
        LOG.infof("PAKN1602: mail %d dismissed from the quarantine by %s", item.getId(), admin);
    }

    /** The quarantined message under a row lock; NOT_FOUND or CONFLICT (already released or dismissed). */
    private MailItem quarantinedItem(long mailItemId) {
        var item = em.find(MailItem.class, mailItemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw DomainException.notFound("thư", "mail", mailItemId);
        }
        if (!item.isQuarantined()) {
            throw DomainException.conflict("mail-not-quarantined", "Thư " + mailItemId + " không còn bị cách ly (trạng thái "
                    + item.getStatus() + ").", "Mail " + mailItemId + " is no longer quarantined (status " + item.getStatus() + ").");
        }
        return item;
    }

    /** Parses a stored message and decides what it is; the item is locked and not done. */
    private Outcome decide(MailItem item) {
        var inbox = em.find(InboxItem.class, item.getInboxItemId());
        if (item.isTruncated()) {
            return quarantined(item, inbox, "too-large: " + item.getRawSize() + " bytes, more than the limit of " + maxMessageBytes);
        }
        ParsedMail mail;
        try {
            mail = parser.parse(item.getRaw());
        } catch (BadMailException e) {
            return quarantined(item, inbox, e.describe());
        }
        item.describe(mail.fromAddress(), mail.subject(), mail.attachmentSummary());
        var now = clock.instant();
        if (mail.automaticStatus().isPresent()) {
            item.outcome(mail.automatic(), mail.automaticReason(), null, null, now);
            inbox.processed(null);
            LOG.infof("PAKN0601: mail %d kept as %s (%s), not a report", item.getId(), mail.automatic(), mail.automaticReason());
            return new Outcome(mail.automatic(), null, null, mail.automaticReason());
        }
        var existingCase = threadedCase(mail);
        if (existingCase.isPresent()) {
            return followUp(item, inbox, mail, existingCase.get());
        }
        if (!ReportIntake.EMAIL.matcher(mail.fromAddress()).matches()) {
            return quarantined(item, inbox, "no-sender: the From address cannot be answered");
        }
        return newReport(item, inbox, mail);
    }

    /** Quarantines a stored message that processing could not handle (called after {@link #process} failed). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome quarantine(long mailItemId, String reason) {
        var item = em.find(MailItem.class, mailItemId, LockModeType.PESSIMISTIC_WRITE);
        if (item.isDone()) {
            return new Outcome(item.getStatus(), item.getCaseId(), null, item.getReason());
        }
        return quarantined(item, em.find(InboxItem.class, item.getInboxItemId()), reason);
    }

    private Outcome quarantined(MailItem item, InboxItem inbox, String reason) {
        item.outcome(MailStatus.QUARANTINED, reason, null, null, clock.instant());
        inbox.failed(reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        LOG.warnf("PAKN0602: mail %d quarantined (%s)", item.getId(), reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason);
        return new Outcome(MailStatus.QUARANTINED, null, null, reason);
    }

    private Outcome newReport(MailItem item, InboxItem inbox, ParsedMail mail) {
        String title = MailReports.title(mail.subject());
        String description = MailReports.description(mail);
        var reporter = new SubmitReport.ReporterData(cut(mail.fromName(), 200), null, mail.fromAddress(), null, null);
        var cmd = new SubmitReport(title, description, null, null, null, null, null, reporter, false, null);
        var receipt = intake.submitStored(cmd, inbox, null);
        // The intake marked the inbox row with the new report; it is in this persistence context already.
        var report = em.find(Report.class, inbox.getReportId());
        Long caseId = report.getCase().getId();
        recordThread(mail.messageId(), caseId);
        keepAttachments(Attachment.Owner.report(report.getId()), mail);
        item.outcome(MailStatus.REPORT, null, caseId, report.getId(), clock.instant());
        LOG.infof("PAKN0603: mail %d became report %s", item.getId(), receipt.trackingCode());
        return new Outcome(MailStatus.REPORT, caseId, receipt.trackingCode(), null);
    }

    private Outcome followUp(MailItem item, InboxItem inbox, ParsedMail mail, Case c) {
        var now = clock.instant();
        String text = QuotedText.newPart(mail.text());
        String note = "Thư bổ sung qua e-mail / Follow-up by e-mail"
                + (mail.subject() == null ? "" : " — " + mail.subject()) + "\n" + (text == null ? "" : text)
                + (mail.attachmentSummary() == null ? "" : "\nTệp đính kèm / Attachments:\n" + mail.attachmentSummary());
        note = cut(note, MAX_NOTE);
        boolean waitingForInfo = c.getState() == CaseState.IN_PROGRESS
                && c.openLeadAssignment().flatMap(Assignment::openPause).isPresent();
        history.append(waitingForInfo ? c.receiveInfo(Actor.SYSTEM, now, note, calendars.current()) : c.followUp(CITIZEN, now, note));
        if (c.getLeadUnit() != null) {
            notifications.toUnit(NotificationKind.FOLLOW_UP, c, c.getLeadUnit(), "Người phản ánh gửi thông tin bổ sung",
                    "The reporter sent more information");
        } else {
            notifications.toDispatch(NotificationKind.FOLLOW_UP, c, "Người phản ánh gửi thông tin bổ sung",
                    "The reporter sent more information");
        }
        recordThread(mail.messageId(), c.getId());
        keepAttachments(Attachment.Owner.caseFollowUp(c.getId()), mail);
        item.outcome(MailStatus.FOLLOW_UP, null, c.getId(), null, now);
        inbox.processed(null);
        LOG.infof("PAKN0604: mail %d added to case %s as a follow-up", item.getId(), c.getTrackingCode());
        return new Outcome(MailStatus.FOLLOW_UP, c.getId(), c.getTrackingCode(), null);
    }

    /** The case a reply belongs to: by a Message-ID it names, else by a tracking code in the subject or body. */
    private Optional<Case> threadedCase(ParsedMail mail) {
        for (String id : mail.replyTo()) {
            var t = em.find(MailThread.class, id);
            if (t != null) {
                return Optional.ofNullable(em.find(Case.class, t.getCaseId())).map(MailIntake::master);
            }
        }
        Optional<Case> bySubject = codeIn(mail.subject(), false);
        return bySubject.isPresent() ? bySubject : codeIn(mail.text(), true);
    }

    /**
     * A valid tracking code of an existing report. In the body a 10-digit number must follow a word such as
     * "mã" or "code" (or be grouped as we print it), since phone numbers are 10 digits too.
     */
    private Optional<Case> codeIn(String text, boolean needsContext) {
        if (text == null) {
            return Optional.empty();
        }
        var m = CODE.matcher(text);
        int tried = 0;
        while (m.find() && tried++ < 20) {
            String found = m.group(1);
            if (needsContext && !found.contains(" ")
                    && !CODE_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue;
            }
            var code = TrackingCode.tryParse(found);
            if (code.isPresent()) {
                var report = em.createQuery("SELECT r FROM Report r WHERE r.trackingCode = :c", Report.class)
                        .setParameter("c", code.get().value()).getResultStream().findFirst();
                if (report.isPresent()) {
                    return Optional.of(master(report.get().getCase()));
                }
            }
        }
        return Optional.empty();
    }

    private static Case master(Case c) {
        Case m = c;
        for (int i = 0; i < 10 && m.getMergedInto() != null; i++) {
            m = m.getMergedInto();
        }
        return m;
    }

    private void recordThread(String messageId, Long caseId) {
        if (messageId != null && messageId.length() <= MailItem.MAX_MESSAGE_ID && em.find(MailThread.class, messageId) == null) {
            em.persist(new MailThread(messageId, caseId, MailThread.Direction.IN, clock.instant()));
        }
    }

    /** The mail's attachments on the report or case, in this transaction: kept ones with their bytes, refused ones listed. */
    private void keepAttachments(Attachment.Owner owner, ParsedMail mail) {
        List<IncomingFile> files = new ArrayList<>();
        try {
            for (MailAttachment a : mail.attachments()) {
                if (a.accepted() && a.content() != null) {
                    files.add(IncomingFile.staged(StagedFile.of(a.content(), a.fileName(), a.declaredType())));
                } else {
                    files.add(IncomingFile.refused(a.fileName(), a.declaredType(), a.sniffedType(), a.size(), refusal(a)));
                }
            }
            attachments.fromMail(owner, files);
        } finally {
            files.stream().map(IncomingFile::staged).filter(java.util.Objects::nonNull).forEach(StagedFile::close);
        }
    }

    private static AttachmentPolicy.Refusal refusal(MailAttachment a) {
        String name = a.fileName() == null ? "(không tên)" : a.fileName();
        return MailAttachment.TOO_LARGE.equals(a.refusal())
                ? new AttachmentPolicy.Refusal("attachment-too-large", "Tệp " + name + " quá lớn (" + AttachmentPolicy.megabytes(a.size())
                + "), chỉ còn trong thư gốc.", "The file " + name + " is too large (" + AttachmentPolicy.megabytes(a.size())
                + "); it is kept in the original e-mail only.")
                : new AttachmentPolicy.Refusal("attachment-type-not-allowed", "Tệp " + name + " (" + a.sniffedType()
                + ") không thuộc loại được nhận, chỉ còn trong thư gốc.", "The file " + name + " (" + a.sniffedType()
                + ") is not of an accepted type; it is kept in the original e-mail only.");
    }

    /** The quarantine reason of a message whose processing threw: the root cause's class and message, cut. */
    public static String processingFailed(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? "" : ": " + t.getMessage();
        return "processing-failed: " + t.getClass().getSimpleName() + (msg.length() > 300 ? msg.substring(0, 300) : msg);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
