package vn.pakn.domain.model.notification;

/**
 * Why a message goes out. Stored by name in {@code notification.kind} (at most 40 characters), so a
 * constant may be added but never renamed.
 */
public enum NotificationKind {
    /** To the citizen: the report was received, with its tracking code. */
    ACK_RECEIVED("Xác nhận tiếp nhận"),
    /** To a unit: a case was routed to it (lead or coordinating). */
    ASSIGNED("Giao xử lý"),
    /** To dispatch: a unit returned a case as not theirs. */
    RETURNED_TO_DISPATCH("Trả lại điều phối"),
    /** To the citizen: the unit asks for more information. */
    INFO_REQUESTED("Yêu cầu bổ sung thông tin"),
    /** To a unit: an assignment is due within the category's warning window. */
    DEADLINE_WARNING("Sắp đến hạn"),
    /** To a unit: an assignment passed its due time without an answer. */
    OVERDUE("Quá hạn"),
    /** To the unit's leader and the leaders: an overdue assignment is escalated. */
    ESCALATION("Báo cáo quá hạn"),
    /** To the unit leader or dispatch: a unit asks for an extension. */
    EXTENSION_REQUESTED("Đề nghị gia hạn"),
    /** To the unit: an extension was granted or denied. */
    EXTENSION_DECIDED("Kết quả đề nghị gia hạn"),
    /** To the unit leader: an answer waits for approval. */
    ANSWER_SUBMITTED("Kết quả chờ duyệt"),
    /** To every reporter of the case: the answer is published. */
    ANSWER_PUBLISHED("Công khai kết quả"),
    /** To the unit and dispatch: the citizen reopened the case. */
    CASE_REOPENED("Mở lại hồ sơ"),
    /** To the citizen: the case was closed. */
    CASE_CLOSED("Đóng hồ sơ"),
    /** To the citizen: the report is not PAKN (khiếu nại, tố cáo, other authority); where to go. */
    REDIRECTED("Hướng dẫn chuyển nơi khác"),
    /** To the citizen: the report was rejected, with the reason. */
    REJECTED("Từ chối tiếp nhận"),
    /** To the unit (or dispatch): the reporter sent more information by e-mail. */
    FOLLOW_UP("Thông tin bổ sung của người phản ánh");

    private final String labelVi;

    NotificationKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
