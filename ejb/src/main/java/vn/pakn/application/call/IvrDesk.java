package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.pakn.application.intake.Receipt;
import vn.pakn.application.intake.ReportIntake;
import vn.pakn.application.intake.SubmitReport;
import vn.pakn.domain.model.call.CallbackReason;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.telephony.agi.CaseStatus;
import vn.pakn.telephony.agi.SurveyAnswer;
import vn.pakn.telephony.agi.VoicemailMessage;
import vn.pakn.telephony.call.PhoneNumbers;

/**
 * What the IVR (FastAGI) asks of the server: a case's state by tracking code, a survey score for a call, and an
 * out-of-hours message turned into a HOTLINE report with a callback task. Each is one transaction; the message is
 * idempotent by Linkedid (the inbox key {@code voicemail:<linkedid>}), as Asterisk may run the script again.
 */
@Stateless
public class IvrDesk {

    private static final Logger LOG = Logger.getLogger(IvrDesk.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The account name written as the reports' creator. */
    public static final String IVR_ACCOUNT = "ivr";

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private ReportIntake intake;

    @Inject
    private CallRecords calls;

    /** State and due date of the case the code belongs to (the master case after a merge). */
    public Optional<CaseStatus> status(String trackingCode) {
        TrackingCode code;
        try {
            code = TrackingCode.parse(trackingCode);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM Report r JOIN FETCH r.currentCase WHERE r.trackingCode = :c", Report.class)
                .setParameter("c", code.value()).getResultStream().findFirst()
                .map(r -> new CaseStatus(code.value(), r.getCase().getState().name(), dueDate(r.getCase())));
    }

    public void survey(SurveyAnswer answer) {
        calls.rate(answer.linkedId(), answer.score(), answer.answeredAt());
        LOG.infof("PAKN0808: survey score %d stored for call %s", answer.score(), answer.linkedId());
    }

    /** The message becomes a report on the HOTLINE channel linked to the call, and a callback task. */
    public String voicemail(VoicemailMessage m) {
        String number = m.callerNumber() == null ? m.callerNumberRaw() : m.callerNumber();
        String description = "Tin nhắn thoại ngoài giờ từ số " + (number == null ? "không rõ" : number)
                + ". Bản ghi âm: " + m.recordingFile() + (m.completed() ? "" : " (người gọi gác máy khi đang ghi)")
                + ". Cần nghe bản ghi, cập nhật nội dung và gọi lại công dân.";
        var reporter = new SubmitReport.ReporterData(null, CallRecords.dialable(number) ? number : null, null, null,
                null);
        var command = new SubmitReport("Tin nhắn thoại ngoài giờ", description, null, null, null, null, null,
                reporter, false, m.linkedId());
        String payload = Json.createObjectBuilder().add("linkedId", m.linkedId())
                .add("recording", m.recordingFile()).add("completed", m.completed())
                .add("receivedAt", m.receivedAt().toString()).build().toString();
        Receipt receipt = intake.submit(command, Channel.HOTLINE, "voicemail:" + m.linkedId(), payload, IVR_ACCOUNT);
        if (CallRecords.dialable(number)) {
            Long reportId = em.createQuery("SELECT r.id FROM Report r WHERE r.trackingCode = :c", Long.class)
                    .setParameter("c", receipt.trackingCode()).getSingleResult();
            calls.openCallback(m.linkedId(), CallbackReason.VOICEMAIL, number, null, reportId);
        }
        LOG.infof("PAKN0809: out-of-hours message of call %s is report %s (caller %s)", m.linkedId(),
                receipt.trackingCode(), PhoneNumbers.mask(number));
        return receipt.trackingCode();
    }

    private static LocalDate dueDate(Case c) {
        if (c.getState() == CaseState.CLOSED || c.getState().isFinal() || c.getState() == CaseState.PUBLISHED) {
            return null;
        }
        var due = c.openLeadAssignment().map(a -> a.getDueAt()).orElse(c.getForwardDueAt());
        return due == null ? null : LocalDate.ofInstant(due, VIETNAM);
    }
}
