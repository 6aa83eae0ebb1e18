package vn.pakn.domain.model.cases;

/**
 * What a user or the system does to a case. Each action is one {@code CaseEvent} in the history;
 * which role may do it in which state is decided by {@link CaseWorkflow}.
 */
public enum CaseAction {
    CLASSIFY("phân loại"),
    ROUTE("chuyển xử lý"),
    ACCEPT("tiếp nhận xử lý"),
    RETURN_TO_DISPATCH("trả lại do không đúng thẩm quyền"),
    REQUEST_INFO("yêu cầu bổ sung thông tin"),
    RECEIVE_INFO("nhận thông tin bổ sung"),
    REQUEST_EXTENSION("đề nghị gia hạn"),
    GRANT_EXTENSION("chấp thuận gia hạn"),
    DENY_EXTENSION("từ chối gia hạn"),
    ANSWER("trả lời"),
    APPROVE_ANSWER("duyệt kết quả"),
    REJECT_ANSWER("không duyệt kết quả"),
    PUBLISH("công khai"),
    CLOSE("đóng"),
    REOPEN("mở lại"),
    MERGE("gộp"),
    UNMERGE("bỏ gộp"),
    REDIRECT("hướng dẫn chuyển nơi khác"),
    REJECT("từ chối tiếp nhận");

    private final String labelVi;

    CaseAction(String labelVi) {
        this.labelVi = labelVi;
    }

    /** The Vietnamese verb shown to users and used in error messages. */
    public String labelVi() {
        return labelVi;
    }
}
