package vn.pakn.application.deadline;

import java.time.Duration;
import java.time.Instant;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.notification.NotificationKind;

/**
 * The texts of deadline messages, Vietnamese first and English second. They name the case by tracking
 * code and title and the unit by name, never the reporter.
 */
public final class DeadlineMessages {

    /** A message ready for {@code Notifier.notify}. */
    public record Message(NotificationKind kind, String subject, String body) {
    }

    /** The case and assignment facts a message mentions. */
    public record Facts(String trackingCode, String title, String unitNameVi, String unitNameEn, Assignment.Role role,
                        Instant dueAt) {

        String code() {
            return VietnameseFormats.trackingCode(trackingCode);
        }

        String roleVi() {
            return role == Assignment.Role.LEAD ? "chủ trì" : "phối hợp";
        }

        String roleEn() {
            return role == Assignment.Role.LEAD ? "lead" : "coordinating";
        }

        String unitEn() {
            return unitNameEn == null || unitNameEn.isBlank() ? unitNameVi : unitNameEn;
        }
    }

    private static final String SEPARATOR = "\n\n---\n\n";
    private static final String FOOTER_VI = "\n\nĐây là thư tự động của Hệ thống tiếp nhận, xử lý phản ánh, kiến nghị (PAKN).";
    private static final String FOOTER_EN = "\n\nThis is an automatic message from the PAKN feedback and complaints system.";

    private DeadlineMessages() {
    }

    /** To the unit, {@code left} working time before the due time. */
    public static Message warning(Facts f, Duration left) {
        String subject = "[PAKN] Hồ sơ " + f.code() + " sắp đến hạn / Case " + f.code() + " is due soon";
        String vi = "Kính gửi: " + f.unitNameVi() + "\n\n"
                + "Hồ sơ phản ánh, kiến nghị số " + f.code() + " (\"" + f.title() + "\"), đơn vị " + f.roleVi()
                + " xử lý, sẽ đến hạn lúc " + VietnameseFormats.timeDate(f.dueAt()) + " (còn "
                + VietnameseFormats.hoursVi(left) + " làm việc).\n"
                + "Đề nghị đơn vị khẩn trương xử lý và trả lời đúng hạn. Nếu cần thêm thời gian, đề nghị gia hạn "
                + "trước khi đến hạn." + FOOTER_VI;
        String en = "To: " + f.unitEn() + "\n\n"
                + "Case " + f.code() + " (\"" + f.title() + "\"), assigned to your unit as the " + f.roleEn()
                + " unit, is due at " + VietnameseFormats.timeDateEn(f.dueAt()) + " (Vietnam time), "
                + VietnameseFormats.hoursEn(left) + " of working time from now.\n"
                + "Please answer on time. If you need more time, request an extension before the deadline." + FOOTER_EN;
        return new Message(NotificationKind.DEADLINE_WARNING, subject, vi + SEPARATOR + en);
    }

    /** To the unit, {@code late} working time after the due time. */
    public static Message overdue(Facts f, Duration late) {
        String subject = "[PAKN] Hồ sơ " + f.code() + " đã quá hạn / Case " + f.code() + " is overdue";
        String vi = "Kính gửi: " + f.unitNameVi() + "\n\n"
                + "Hồ sơ phản ánh, kiến nghị số " + f.code() + " (\"" + f.title() + "\"), đơn vị " + f.roleVi()
                + " xử lý, đã quá hạn từ " + VietnameseFormats.timeDate(f.dueAt()) + overdueByVi(late) + ".\n"
                + "Việc quá hạn đã được báo cáo lãnh đạo đơn vị và lãnh đạo cấp trên. Đề nghị đơn vị trả lời ngay; "
                + "nếu chưa thể trả lời, lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04, "
                + "Thông tư 01/2018/TT-VPCP) gửi công dân." + FOOTER_VI;
        String en = "To: " + f.unitEn() + "\n\n"
                + "Case " + f.code() + " (\"" + f.title() + "\"), assigned to your unit as the " + f.roleEn()
                + " unit, is overdue since " + VietnameseFormats.timeDateEn(f.dueAt()) + " (Vietnam time)"
                + overdueByEn(late) + ".\n"
                + "It has been escalated to your unit's leader and to the leadership. Please answer now; if you "
                + "cannot, issue the apology letter with a new appointment date (form 04, Circular "
                + "01/2018/TT-VPCP) to the citizen." + FOOTER_EN;
        return new Message(NotificationKind.OVERDUE, subject, vi + SEPARATOR + en);
    }

    /** To the unit's leaders and to the leadership. */
    public static Message escalation(Facts f, Duration late) {
        String subject = "[PAKN] Báo cáo hồ sơ quá hạn " + f.code() + " – " + f.unitNameVi()
                + " / Overdue case " + f.code() + " escalated";
        String vi = "Hồ sơ phản ánh, kiến nghị số " + f.code() + " (\"" + f.title() + "\") giao "
                + f.unitNameVi() + " " + f.roleVi() + " xử lý đã quá hạn từ "
                + VietnameseFormats.timeDate(f.dueAt()) + overdueByVi(late) + " mà chưa có kết quả.\n"
                + "Đề nghị lãnh đạo chỉ đạo đơn vị xử lý dứt điểm." + FOOTER_VI;
        String en = "Case " + f.code() + " (\"" + f.title() + "\"), assigned to " + f.unitEn() + " as the "
                + f.roleEn() + " unit, has been overdue since " + VietnameseFormats.timeDateEn(f.dueAt())
                + " (Vietnam time)" + overdueByEn(late) + " without an answer.\n"
                + "Please see that the unit resolves it." + FOOTER_EN;
        return new Message(NotificationKind.ESCALATION, subject, vi + SEPARATOR + en);
    }

    /** The note of the case event that records an escalation (case_event.note). */
    public static String escalationNote(Facts f) {
        return "Quá hạn, đã báo cáo lãnh đạo: " + f.unitNameVi() + " (" + f.roleVi() + "), hạn "
                + VietnameseFormats.timeDate(f.dueAt());
    }

    private static String overdueByVi(Duration late) {
        return late.isZero() || late.isNegative() ? "" : " (quá " + VietnameseFormats.hoursVi(late) + " làm việc)";
    }

    private static String overdueByEn(Duration late) {
        return late.isZero() || late.isNegative() ? "" : ", " + VietnameseFormats.hoursEn(late) + " of working time late";
    }
}
