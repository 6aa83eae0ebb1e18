package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.domain.model.call.CallbackOutcome;
import vn.pakn.domain.model.call.CallbackReason;
import vn.pakn.domain.model.call.CallbackState;
import vn.pakn.domain.model.call.CallbackTask;
import vn.pakn.domain.model.call.HotlineCall;
import vn.pakn.domain.model.call.TelephonyGateway;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.Texts;

/**
 * The operators' callback list: open tasks oldest first, "call back" (an Originate from the operator's own
 * extension), and closing a task with its outcome. The callback calls themselves are recorded like any call and
 * counted in the hotline KPIs (callbacks made / completed).
 */
@Stateless
public class CallbackDesk {

    private static final Logger LOG = Logger.getLogger(CallbackDesk.class);
    static final int MAX_NOTE = 2000;

    /**
     * Working minutes within which a citizen owed a call should be called back (int, default
     * {@value #DEFAULT_DUE_MINUTES}; env PAKN_CALLBACK_DUE_MINUTES). Counted in working time, so a message left at
     * night is due shortly after the desk opens, not overdue by morning.
     */
    public static final String DUE_SETTING = "pakn.callback.due-minutes";
    public static final int DEFAULT_DUE_MINUTES = 30;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OperatorDirectory operators;

    @Inject
    private TelephonyGateway telephony;

    @Inject
    private CallRecords calls;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    @ConfigProperty(name = DUE_SETTING, defaultValue = "" + DEFAULT_DUE_MINUTES)
    private int dueMinutes;

    /** Open tasks oldest first (the longest waiting citizen on top); done tasks the most recently closed first. */
    public List<CallbackView> list(CallbackState state, int limit) {
        String order = state == CallbackState.DONE ? "t.doneAt DESC, t.id DESC" : "t.createdAt, t.id";
        return em.createQuery("SELECT t FROM CallbackTask t WHERE t.state = :s ORDER BY " + order,
                CallbackTask.class).setParameter("s", state).setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultStream().map(this::view).toList();
    }

    public CallbackView get(long id) {
        return view(find(id, LockModeType.NONE));
    }

    /** Places the call back from the operator's extension; the attempt is counted only if Asterisk accepted it. */
    public CallbackView callBack(long id, String operator) {
        CallbackTask task = find(id, LockModeType.PESSIMISTIC_WRITE);
        String extension = operators.extensionOf(operator).orElseThrow(() -> DomainException.invalid("no-extension",
                "Tài khoản của bạn chưa được gán số máy lẻ; nhờ quản trị viên gán trước khi gọi lại.",
                "Your account has no extension; ask an administrator to set one before calling back."));
        task.attempt(operator, clock.instant());
        telephony.callBack(extension, task.getCitizenNumber(), task.getId());
        LOG.infof("PAKN0806: callback task %d: %s calls back from extension %s (attempt %d)", id, operator, extension,
                task.getAttempts());
        return view(task);
    }

    /**
     * "Call this caller back" from the call desk: opens a callback task for the call (reason REQUESTED) unless it has
     * one already (an abandoned call has), and places the call back from the operator's extension.
     */
    public CallbackView callBackCaller(String linkedId, String operator) {
        HotlineCall call = calls.find(linkedId).orElseThrow(() -> DomainException.notFound("cuộc gọi", "call", linkedId));
        String number = call.getCitizenNumber();
        if (!CallRecords.dialable(number)) {
            throw DomainException.invalid("not-dialable",
                    "Người gọi ẩn số hoặc số không hợp lệ nên không gọi lại được.",
                    "The caller's number is withheld or not valid; it cannot be called back.");
        }
        calls.openCallback(linkedId, CallbackReason.REQUESTED, number, call.getQueue(), null);
        long id = em.createQuery("SELECT t.id FROM CallbackTask t WHERE t.callLinkedId = :l", Long.class)
                .setParameter("l", linkedId).getSingleResult();
        LOG.infof("PAKN1202: %s calls back the caller of call %s (task %d)", operator, linkedId, id);
        return callBack(id, operator);
    }

    public CallbackView close(long id, CallbackOutcome outcome, String note, String operator) {
        CallbackTask task = find(id, LockModeType.PESSIMISTIC_WRITE);
        String text = Texts.nfcOrNull(note);
        if (text != null && text.length() > MAX_NOTE) {
            throw DomainException.invalid("note-too-long", "Ghi chú quá dài (tối đa " + MAX_NOTE + " ký tự).",
                    "The note is too long (at most " + MAX_NOTE + " characters).");
        }
        task.close(operator, outcome, text, clock.instant());
        LOG.infof("PAKN0807: callback task %d done by %s: %s", id, operator, outcome);
        return view(task);
    }

    private CallbackTask find(long id, LockModeType lock) {
        CallbackTask task = em.find(CallbackTask.class, id, lock);
        if (task == null) {
            throw DomainException.notFound("yêu cầu gọi lại", "callback task", id);
        }
        return task;
    }

    private CallbackView view(CallbackTask t) {
        String code = t.getReportId() == null ? null : em.find(Report.class, t.getReportId()).getTrackingCode();
        Instant due = calendars.current().addWorkingTime(t.getCreatedAt(), Duration.ofMinutes(Math.max(0, dueMinutes)));
        return CallbackView.of(t, code, due, clock.instant());
    }
}
