package vn.pakn.domain.model.identity;

/**
 * The roles of ARCHITECTURE.md §2. A user has one or more of them; what each may do to a case is
 * decided by {@code vn.pakn.domain.model.cases.CaseWorkflow}, not by the role itself.
 */
public enum Role {
    /** Anyone, signed in or not: submits, looks up, rates, reopens their own report. */
    CITIZEN("Công dân"),
    /** Hotline call desk (điện thoại viên): takes calls and records reports. */
    OPERATOR("Điện thoại viên"),
    /** Contact-centre staff who classify, merge, route, redirect and reject. */
    DISPATCHER("Cán bộ điều phối"),
    /** Officer of a responsible unit; works the cases of their own unit only. */
    UNIT_OFFICER("Cán bộ đơn vị"),
    /** Head of a unit: approves the unit's answers, decides extensions. */
    UNIT_LEADER("Lãnh đạo đơn vị"),
    /** City or province leadership: reads everything, changes nothing. */
    LEADER("Lãnh đạo"),
    /** Maintains units, categories, calendars and users; does not work cases. */
    ADMIN("Quản trị hệ thống"),
    /** The application itself: automatic routing, timers (publish, close after the reopen window). */
    SYSTEM("Hệ thống");

    private final String labelVi;

    Role(String labelVi) {
        this.labelVi = labelVi;
    }

    /** The Vietnamese name shown to users and used in error messages. */
    public String labelVi() {
        return labelVi;
    }
}
