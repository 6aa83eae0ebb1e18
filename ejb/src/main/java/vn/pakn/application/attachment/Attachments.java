package vn.pakn.application.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.cases.CaseAccess;
import vn.pakn.application.cases.CaseWork;
import vn.pakn.application.intake.Receipt;
import vn.pakn.application.intake.ReportIntake;
import vn.pakn.application.intake.SubmitReport;
import vn.pakn.domain.model.attachment.Attachment;
import vn.pakn.domain.model.attachment.AttachmentPolicy;
import vn.pakn.domain.model.attachment.Visibility;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseEvent;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.infrastructure.attachment.AttachmentContents;
import vn.pakn.infrastructure.attachment.AttachmentSettings;
import vn.pakn.infrastructure.attachment.StagedFile;

/**
 * Reports and answers with their files, and the files handed out again. Every file of a request is checked
 * against the {@link AttachmentPolicy} before anything is written; then the report (or answer), the rows and the
 * bytes are written in one transaction, so an acknowledged report has its photos on disk and a refused file
 * leaves nothing behind. E-mail is the exception: the mail is accepted and a refused attachment is listed on the
 * report with the reason (it stays in the raw message).
 */
@Stateless
public class Attachments {

    private static final Logger LOG = Logger.getLogger(Attachments.class);

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReportIntake intake;

    @Inject
    private CaseWork work;

    @Inject
    private CaseAccess access;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AttachmentContents contents;

    @Inject
    @ConfigProperty(name = AttachmentSettings.MAX_BYTES, defaultValue = AttachmentSettings.Defaults.MAX_BYTES)
    private long maxBytes;

    @Inject
    @ConfigProperty(name = AttachmentSettings.MAX_FILES, defaultValue = AttachmentSettings.Defaults.MAX_FILES)
    private int maxFiles;

    @Inject
    @ConfigProperty(name = AttachmentSettings.TYPES)
    private Optional<String> types;

    private AttachmentPolicy policy;

    @PostConstruct
    void init() {
        Set<String> allowed = types.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).filter(s -> !s.isEmpty()).orElse(AttachmentPolicy.DEFAULT_ALLOWED_TYPES);
        policy = new AttachmentPolicy(maxBytes, maxFiles, allowed);
    }

    /** The limits in force, for clients that check before they upload. */
    public AttachmentPolicy policy() {
        return policy;
    }

    /** Refuses the whole request when one file is refused (too many, too large, type not accepted). */
    public void check(List<StagedFile> files) {
        policy.countRefusal(files.size() - 1).ifPresent(Attachments::refuse);
        for (StagedFile f : files) {
            policy.refusal(f.givenName(), f.contentType(), f.size()).ifPresent(Attachments::refuse);
        }
    }

    private static void refuse(AttachmentPolicy.Refusal why) {
        throw DomainException.invalid(why.code(), why.messageVi(), why.messageEn());
    }

    /**
     * A citizen's (or client's) report with its files, in one transaction. A retry with the same idempotency key
     * returns the first receipt and stores nothing again.
     */
    public Receipt submitReport(SubmitReport cmd, Channel channel, String idempotencyKey, String payload, List<StagedFile> files) {
        check(files);
        var earlier = intake.previous(channel, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Receipt receipt = intake.submit(cmd, channel, idempotencyKey, payload, null);
        Report report = em.createQuery("SELECT r FROM Report r WHERE r.trackingCode = :c", Report.class)
                .setParameter("c", receipt.trackingCode()).getSingleResult();
        String by = channel == Channel.PORTAL ? "citizen" : channel.name().toLowerCase(java.util.Locale.ROOT);
        for (StagedFile f : files) {
            store(Attachment.Owner.report(report.getId()), f, channel, by, Visibility.STAFF);
        }
        if (!files.isEmpty()) {
            LOG.infof("PAKN1400: report %s received with %d attachment(s)", receipt.trackingCode(), files.size());
        }
        return receipt;
    }

    /** The lead unit's answer with its files; {@code visibility} PUBLIC publishes them with the answer. */
    public CaseEvent answer(long caseId, String text, List<StagedFile> files, Visibility visibility) {
        check(files);
        CaseEvent e = work.answer(caseId, text);
        Case c = em.find(Case.class, caseId);
        long answerId = c.latestAnswer().orElseThrow().getId();
        String by = currentStaff.get().username();
        for (StagedFile f : files) {
            store(Attachment.Owner.answer(answerId), f, Channel.PORTAL, by, visibility == null ? Visibility.PUBLIC : visibility);
        }
        if (!files.isEmpty()) {
            LOG.infof("PAKN1401: answer on case %s with %d attachment(s)", c.getTrackingCode(), files.size());
        }
        return e;
    }

    /**
     * An e-mail's attachments, on the report it became or (a reporter's later mail) on the case. Refused files are
     * listed with the reason; files beyond the per-report count are refused likewise. Runs in the mail's
     * transaction.
     */
    public List<AttachmentView> fromMail(Attachment.Owner owner, List<IncomingFile> files) {
        List<AttachmentView> out = new ArrayList<>();
        int kept = 0;
        var now = clock.instant();
        for (IncomingFile f : files) {
            int keptSoFar = kept;
            var facts = f.staged() != null ? f.staged().facts()
                    : new Attachment.FileFacts(f.givenName(), f.declaredType(), f.sniffedType(), f.size(), null);
            Optional<AttachmentPolicy.Refusal> refusal = Optional.ofNullable(f.refusedBefore())
                    .or(() -> policy.refusal(f.givenName(), facts.contentType(), facts.size()))
                    .or(() -> policy.countRefusal(keptSoFar));
            Attachment a;
            if (refusal.isPresent() || f.staged() == null) {
                String why = refusal.map(AttachmentPolicy.Refusal::both).orElse("không có nội dung / no content");
                a = Attachment.rejected(owner, facts, Channel.EMAIL, "citizen", why, now);
                em.persist(a);
            } else {
                a = store(owner, f.staged(), Channel.EMAIL, "citizen", Visibility.STAFF);
                kept++;
            }
            out.add(AttachmentView.of(a));
        }
        if (!files.isEmpty()) {
            LOG.infof("PAKN1402: e-mail attachments stored: %d kept, %d refused", kept, files.size() - kept);
        }
        return out;
    }

    private Attachment store(Attachment.Owner owner, StagedFile f, Channel channel, String by, Visibility visibility) {
        var a = Attachment.stored(owner, f.facts(), channel, by, visibility, clock.instant());
        em.persist(a);
        em.flush();
        contents.write(a.getId(), f);
        return a;
    }

    /** The attachments of a case (its reports', follow-ups' and answers'), for staff who may see the case. */
    public List<AttachmentView> forCase(long caseId) {
        Case c = access.forReading(currentStaff.get(), caseId);
        return ofCase(c).stream().map(AttachmentView::of).toList();
    }

    /** One attachment of a case, for staff who may see the case; not found when it is not the case's or has no content. */
    public AttachmentView staffFile(long caseId, long attachmentId) {
        Case c = access.forReading(currentStaff.get(), caseId);
        return ofCase(c).stream().filter(a -> a.getId() == attachmentId && a.hasContent()).findFirst()
                .map(AttachmentView::of).orElseThrow(() -> DomainException.notFound("tệp đính kèm", "attachment", attachmentId));
    }

    /** The public attachments of the published answer of the case behind a tracking code; empty before publication. */
    public List<AttachmentView> published(String trackingCode) {
        return publishedOf(trackingCode).stream().map(a -> AttachmentView.of(a).forPublic()).toList();
    }

    public AttachmentView publishedFile(String trackingCode, long attachmentId) {
        return publishedOf(trackingCode).stream().filter(a -> a.getId() == attachmentId).findFirst()
                .map(a -> AttachmentView.of(a).forPublic())
                .orElseThrow(() -> DomainException.notFound("tệp đính kèm", "attachment", attachmentId));
    }

    /**
     * Copies the bytes of an attachment; call only with an id {@link #staffFile} or {@link #publishedFile} returned
     * in this request.
     */
    public void copyContent(long attachmentId, OutputStream out) throws IOException {
        if (!contents.copyTo(attachmentId, out)) {
            throw DomainException.notFound("nội dung tệp", "attachment content", attachmentId);
        }
    }

    private List<Attachment> ofCase(Case c) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.caseId = :id"
                        + " OR a.reportId IN (SELECT r.id FROM Report r WHERE r.currentCase = :c)"
                        + " OR a.answerId IN (SELECT an.id FROM Answer an WHERE an.answeredCase = :c)"
                        + " ORDER BY a.createdAt, a.id", Attachment.class)
                .setParameter("id", c.getId()).setParameter("c", c).getResultList();
    }

    private List<Attachment> publishedOf(String trackingCode) {
        TrackingCode code = TrackingCode.parse(trackingCode);
        Report report = em.createQuery("SELECT r FROM Report r JOIN FETCH r.currentCase WHERE r.trackingCode = :c", Report.class)
                .setParameter("c", code.value()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("phản ánh có mã", "report with tracking code", code.formatted()));
        return report.getCase().publishedAnswer().map(answer -> em.createQuery(
                        "SELECT a FROM Attachment a WHERE a.answerId = :id AND a.visibility = :v AND a.rejectedReason IS NULL"
                                + " ORDER BY a.id", Attachment.class)
                .setParameter("id", answer.getId()).setParameter("v", Visibility.PUBLIC).getResultList()).orElse(List.of());
    }
}
