package vn.pakn.domain.model.shared;

/** Where a report came in. */
public enum Channel {
    HOTLINE("Đường dây nóng"),
    PORTAL("Cổng thông tin"),
    API("Ứng dụng kết nối"),
    EMAIL("Thư điện tử"),
    OPEN311("Open311");

    private final String labelVi;

    Channel(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
