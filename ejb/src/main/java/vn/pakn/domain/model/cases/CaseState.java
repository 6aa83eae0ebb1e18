package vn.pakn.domain.model.cases;

/**
 * Where a case stands in the workflow of ARCHITECTURE.md §5. "Overdue" is deliberately not a state:
 * it is derived from the due time and the clock. Waiting for information from the citizen is not a
 * state either: the case stays {@link #IN_PROGRESS} and the pause is recorded as an interval.
 */
public enum CaseState {
    RECEIVED("Đã tiếp nhận"),
    CLASSIFIED("Đã phân loại"),
    ASSIGNED("Đã chuyển xử lý"),
    IN_PROGRESS("Đang xử lý"),
    ANSWERED("Đã có kết quả xử lý"),
    APPROVED("Đã duyệt kết quả"),
    PUBLISHED("Đã công khai"),
    CLOSED("Đã đóng"),
    REOPENED("Mở lại"),
    MERGED("Đã gộp"),
    REDIRECTED("Đã hướng dẫn chuyển nơi khác"),
    REJECTED("Từ chối tiếp nhận");

    private final String labelVi;

    CaseState(String labelVi) {
        this.labelVi = labelVi;
    }

    /** The Vietnamese name shown to users and used in error messages. */
    public String labelVi() {
        return labelVi;
    }

    /** True for the states no action leads out of, except {@link CaseAction#UNMERGE} from {@link #MERGED}. */
    public boolean isFinal() {
        return this == MERGED || this == REDIRECTED || this == REJECTED;
    }
}
