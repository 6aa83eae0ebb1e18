package vn.pakn.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.application.cases.CaseAccess;
import vn.pakn.application.deadline.ApologyLetterTemplate;
import vn.pakn.application.deadline.VietnameseFormats;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.IdentityGrant;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.Texts;

/**
 * The apology letter with a new appointment date (form 04 of Circular 01/2018/TT-VPCP) for a case whose lead
 * assignment is overdue, issued in the name of the lead unit. The place printed before the date is the
 * config key {@value #PLACE_KEY}.
 */
@Stateless
public class ApologyLetterService {

    public static final String PLACE_KEY = "pakn.letter.place";
    public static final int MAX_REASON = 2000;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    @ConfigProperty(name = PLACE_KEY, defaultValue = "Hải Long")
    private String place;

    /**
     * The letter for the signed-in user: a DISPATCHER, or UNIT_OFFICER / UNIT_LEADER of the lead unit (or a unit
     * above it). The citizen's name is printed only if this user may see it (dispatcher, the reporter's
     * consent, or a leader's grant to the user's unit).
     */
    public String renderForCaller(long caseId, LocalDate newAppointmentDate, String reason) {
        StaffMember staff = currentStaff.get();
        Case c = em.find(Case.class, caseId);
        if (c == null) {
            throw DomainException.notFound("hồ sơ", "case", caseId);
        }
        boolean dispatcher = staff.has(Role.DISPATCHER);
        boolean ownUnit = staff.isUnitStaff() && c.leadAssignment()
                .filter(a -> a.getState() != Assignment.State.CANCELLED)
                .map(a -> staff.coversUnitPath(a.getUnit().getPath())).orElse(false);
        if (!dispatcher && !ownUnit) {
            if (!CaseAccess.maySee(staff, c)) {
                throw DomainException.notFound("hồ sơ", "case", caseId);
            }
            throw DomainException.forbidden("Chỉ đơn vị chủ trì hoặc cán bộ điều phối được lập phiếu xin lỗi.",
                    "Only the lead unit or a dispatcher may issue the apology letter.");
        }
        var reporter = originalReport(c).getReporter();
        boolean consent = reporter != null && reporter.isConsentToShareIdentity();
        boolean nameVisible = staff.seesReporterIdentity() || consent || grantedTo(c, staff.unitPath());
        return render(caseId, newAppointmentDate, reason, nameVisible);
    }

    /**
     * The letter as HTML. The caller decides whether the citizen's name may be printed.
     *
     * @throws DomainException NOT_FOUND for an unknown case; CONFLICT if the case's lead assignment is not
     *     overdue now; INVALID for a missing or too long reason or a new date that is not after today
     */
    public String render(long caseId, LocalDate newAppointmentDate, String reason, boolean includeReporterName) {
        Case c = em.find(Case.class, caseId);
        if (c == null) {
            throw DomainException.notFound("hồ sơ", "case", caseId);
        }
        var now = clock.instant();
        Assignment lead = c.openLeadAssignment().filter(a -> a.isOverdueAt(now)).orElseThrow(() -> DomainException.conflict(
                "not-overdue", "Hồ sơ chưa quá hạn (hoặc đã có kết quả), không cần phiếu xin lỗi.",
                "The case is not overdue (or already answered); no apology letter is needed."));
        String why = Texts.nfcOrNull(reason);
        if (why == null) {
            throw DomainException.invalid("missing-reason", "Cần nêu lý do chậm trả kết quả.", "The reason for the delay is required.");
        }
        if (why.length() > MAX_REASON) {
            throw DomainException.invalid("reason-too-long", "Lý do tối đa " + MAX_REASON + " ký tự.",
                    "The reason may have at most " + MAX_REASON + " characters.");
        }
        LocalDate today = LocalDate.ofInstant(now, VietnameseFormats.ZONE);
        if (newAppointmentDate == null || !newAppointmentDate.isAfter(today)) {
            throw DomainException.invalid("bad-new-date", "Ngày hẹn trả kết quả mới phải sau ngày hôm nay ("
                    + VietnameseFormats.date(today) + ").", "The new appointment date must be after today ("
                    + VietnameseFormats.date(today) + ").");
        }
        var unit = lead.getUnit();
        var reporter = includeReporterName ? originalReport(c).getReporter() : null;
        String name = reporter == null ? null : reporter.getName();
        return ApologyLetterTemplate.render(new ApologyLetterTemplate.Content(unit.getNameVi(),
                unit.getParent() == null ? null : unit.getParent().getNameVi(), place, today, name, c.getTrackingCode(),
                c.getReceivedAt(), lead.getDueAt(), why, newAppointmentDate));
    }

    /** The report that opened the case (same tracking code); the letter answers its reporter. */
    private Report originalReport(Case c) {
        return em.createQuery("SELECT r FROM Report r WHERE r.trackingCode = :code", Report.class)
                .setParameter("code", c.getTrackingCode()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("phản ánh", "report", c.getTrackingCode()));
    }

    private boolean grantedTo(Case c, String unitPath) {
        return unitPath != null && !em.createQuery(
                        "SELECT g FROM IdentityGrant g, Unit u WHERE g.caseId = :c AND g.unitId = u.id AND :path LIKE CONCAT(u.path, '%')",
                        IdentityGrant.class)
                .setParameter("c", c.getId()).setParameter("path", unitPath).getResultList().isEmpty();
    }
}
