package vn.pakn.infrastructure.demo;

import static vn.pakn.infrastructure.demo.DemoCity.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pakn.domain.model.identity.Role;

/**
 * The demo accounts, all with the password {@value #PASSWORD} (documented in src/docs/demo-users.md): one
 * per contact-centre role, and an officer and a leader for every unit that leads cases in the demo, named
 * {@code <prefix>.officer} and {@code <prefix>.leader}. The people are invented.
 */
public final class DemoUsers {

    /** The password of every demo account. Never use demo data in production. */
    public static final String PASSWORD = "demo123";

    /** Unit code → account prefix, in the order of the table in demo-users.md. */
    private static final Map<String, String> UNIT_ACCOUNTS = new LinkedHashMap<>();

    static {
        UNIT_ACCOUNTS.put(CONSTRUCTION, "xaydung");
        UNIT_ACCOUNTS.put("UBND_P_HAILONG", "phuong1");
        UNIT_ACCOUNTS.put(WATER, "capnuoc");
        UNIT_ACCOUNTS.put("UBND_P_DONGHUNG", "phuong2");
        UNIT_ACCOUNTS.put("UBND_P_TANAN", "phuong3");
        UNIT_ACCOUNTS.put("UBND_P_BENCANG", "phuong4");
        UNIT_ACCOUNTS.put("UBND_X_HOAPHU", "xa1");
        UNIT_ACCOUNTS.put("UBND_X_LONGSON", "xa2");
        UNIT_ACCOUNTS.put(POWER, "dienluc");
        UNIT_ACCOUNTS.put(URBAN_ENVIRONMENT, "moitruong");
        UNIT_ACCOUNTS.put(LIGHTING, "chieusang");
        UNIT_ACCOUNTS.put(PARKS, "cayxanh");
        UNIT_ACCOUNTS.put(POLICE, "congan");
        UNIT_ACCOUNTS.put(AGRICULTURE_ENVIRONMENT, "nnmt");
        UNIT_ACCOUNTS.put(HEALTH, "yte");
        UNIT_ACCOUNTS.put(EDUCATION, "giaoduc");
        UNIT_ACCOUNTS.put(INDUSTRY_TRADE, "congthuong");
        UNIT_ACCOUNTS.put(JUSTICE, "tuphap");
        UNIT_ACCOUNTS.put(CITY_OFFICE, "vanphong");
    }

    private static final String[] OFFICERS = {
        "Nguyễn Thị Thu Hà", "Trần Văn Khánh", "Lê Thị Mỹ Linh", "Phạm Quốc Huy", "Hoàng Thị Ngọc Ánh",
        "Vũ Đức Thắng", "Đặng Thị Thanh Tâm", "Bùi Minh Tuấn", "Đỗ Thị Hồng Nhung", "Ngô Văn Lực",
        "Dương Thị Kim Oanh", "Lý Văn Sơn", "Trịnh Thị Phương Thảo", "Mai Xuân Trường", "Đinh Thị Hải Yến",
        "Tạ Quang Vinh", "Lương Thị Bích Ngọc", "Hồ Văn Phúc", "Phan Thị Diệu Linh"};

    private static final String[] LEADERS = {
        "Nguyễn Văn Hùng", "Trần Thị Lan Anh", "Lê Quang Minh", "Phạm Thị Hương", "Hoàng Văn Đức",
        "Vũ Thị Thanh Hằng", "Đặng Văn Toàn", "Bùi Thị Mai", "Đỗ Mạnh Cường", "Ngô Thị Thúy",
        "Dương Văn Bình", "Lý Thị Hạnh", "Trịnh Văn Nam", "Mai Thị Loan", "Đinh Công Thành",
        "Tạ Thị Hiền", "Lương Văn Quý", "Hồ Thị Vân", "Phan Đình Long"};

    private static final List<UserDef> USERS = build();

    private DemoUsers() {
    }

    private static List<UserDef> build() {
        List<UserDef> users = new ArrayList<>(List.of(
                staff("admin", "Quản trị hệ thống", CONTACT_CENTRE, Role.ADMIN, null),
                staff("operator1", "Nguyễn Thị Hoa", CONTACT_CENTRE, Role.OPERATOR, "101"),
                staff("operator2", "Trần Minh Quân", CONTACT_CENTRE, Role.OPERATOR, "102"),
                // The simulated hotline rings 101–103: every desk it rings has someone to pop the call to.
                staff("operator3", "Đỗ Thu Trang", CONTACT_CENTRE, Role.OPERATOR, "103"),
                staff("dispatcher1", "Lê Thị Thanh Xuân", CONTACT_CENTRE, Role.DISPATCHER, null),
                staff("leader1", "Phạm Văn Chiến", CITY_COMMITTEE, Role.LEADER, null),
                staff("citizen1", "Công dân thử nghiệm", null, Role.CITIZEN, null)));
        int i = 0;
        for (var e : UNIT_ACCOUNTS.entrySet()) {
            users.add(staff(e.getValue() + ".officer", OFFICERS[i], e.getKey(), Role.UNIT_OFFICER, null));
            users.add(staff(e.getValue() + ".leader", LEADERS[i], e.getKey(), Role.UNIT_LEADER, null));
            i++;
        }
        return List.copyOf(users);
    }

    private static UserDef staff(String username, String fullName, String unitCode, Role role, String extension) {
        String email = role == Role.CITIZEN ? username + "@example.com" : username + "@hailong.gov.example";
        return new UserDef(username, fullName, email, unitCode, Set.of(role), extension);
    }

    public static List<UserDef> users() {
        return USERS;
    }

    /** The unit codes that have their own officer and leader accounts. */
    public static Set<String> unitsWithAccounts() {
        return UNIT_ACCOUNTS.keySet();
    }

    /**
     * The account prefix that works cases of {@code unitCode}: the unit's own, or that of the nearest
     * ancestor with accounts (unit staff are scoped to their unit and its sub-units).
     */
    public static Optional<String> accountPrefixFor(String unitCode) {
        for (String code = unitCode; code != null; code = DemoCity.unit(code).map(UnitDef::parentCode).orElse(null)) {
            String prefix = UNIT_ACCOUNTS.get(code);
            if (prefix != null) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }
}
