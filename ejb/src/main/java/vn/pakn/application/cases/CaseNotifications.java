package vn.pakn.application.cases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.pakn.application.Notifier;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.notification.Recipients;
import vn.pakn.domain.model.unit.Unit;

/**
 * The messages a case's steps send, through the one {@link Notifier} port: to the reporters (every reporter
 * of the case, merged duplicates included), to the units and to dispatch. Unit messages carry no personal data.
 */
@Stateless
public class CaseNotifications {

    @Inject
    private Notifier notifier;

    public void acknowledged(Report report) {
        String code = TrackingCode.parse(report.getTrackingCode()).formatted();
        for (String to : contactsOf(List.of(report))) {
            notifier.notify(NotificationKind.ACK_RECEIVED, report.getCase().getId(), null, to,
                    "[PAKN] Đã tiếp nhận phản ánh " + code + " / Report received",
                    "Phản ánh của bạn đã được tiếp nhận với mã tra cứu " + code + ".\n"
                            + "Your report has been received; its tracking code is " + code + ".");
        }
    }

    public void assigned(Case c, Unit lead, List<Unit> coordinators) {
        toUnit(NotificationKind.ASSIGNED, c, lead, "Giao xử lý (chủ trì)", "Assigned to you (lead)");
        for (Unit u : coordinators) {
            toUnit(NotificationKind.ASSIGNED, c, u, "Phối hợp xử lý", "Coordinate on this case");
        }
    }

    public void returnedToDispatch(Case c, String reason) {
        notifier.notify(NotificationKind.RETURNED_TO_DISPATCH, c.getId(), null, Recipients.role(Role.DISPATCHER),
                subject(c, "Đơn vị trả lại hồ sơ", "Case returned by the unit"),
                "Lý do / Reason: " + reason);
    }

    public void toReporters(NotificationKind kind, Case c, List<Report> reports, String vi, String en) {
        for (String to : contactsOf(reports)) {
            notifier.notify(kind, c.getId(), null, to, subject(c, kind.labelVi(), en), vi + "\n\n" + en);
        }
    }

    public void toUnit(NotificationKind kind, Case c, Unit unit, String vi, String en) {
        notifier.notify(kind, c.getId(), unit.getId(), Recipients.unit(unit.getId()), subject(c, vi, en),
                vi + ": " + c.getTitle() + "\n" + en + ".");
    }

    public void toDispatch(NotificationKind kind, Case c, String vi, String en) {
        notifier.notify(kind, c.getId(), null, Recipients.role(Role.DISPATCHER), subject(c, vi, en), vi + "\n" + en);
    }

    private static String subject(Case c, String vi, String en) {
        return "[PAKN] " + TrackingCode.parse(c.getTrackingCode()).formatted() + " — " + vi + " / " + en;
    }

    /** E-mail where the reporter gave one, else the phone (for an SMS channel); nothing for anonymous reports. */
    private static Set<String> contactsOf(List<Report> reports) {
        Set<String> to = new LinkedHashSet<>();
        for (Report r : reports) {
            var who = r.getReporter();
            if (who.getEmail() != null) {
                to.add(who.getEmail());
            } else if (who.getPhone() != null) {
                to.add(who.getPhone());
            }
        }
        return to;
    }
}
