package vn.pakn.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo data that the server loads at start (PAKN_DEMO_DATA=true; vn.pakn.infrastructure.demo in ejb/):
 * the accounts, units, categories and routing rules these tests use. Every demo account has the password
 * {@value #PASSWORD}.
 */
public final class DemoData {

    public static final String PASSWORD = "demo123";

    public static final Api.Credentials DISPATCHER = new Api.Credentials("dispatcher1", PASSWORD);
    public static final Api.Credentials LEADER = new Api.Credentials("leader1", PASSWORD);
    public static final Api.Credentials OPERATOR = new Api.Credentials("operator1", PASSWORD);
    public static final Api.Credentials ADMIN = new Api.Credentials("admin", PASSWORD);

    /** Unit B in the scoping tests: the water company, lead unit of the rule for category CAP_NUOC. */
    public static final String WATER_UNIT = "CTY_CAPNUOC";
    public static final Api.Credentials WATER_OFFICER = new Api.Credentials("capnuoc.officer", PASSWORD);
    public static final Api.Credentials WATER_LEADER = new Api.Credentials("capnuoc.leader", PASSWORD);

    /** Unit A in the scoping tests: the Department of Construction, which has nothing to do with water. */
    public static final String CONSTRUCTION_UNIT = "SO_XD";
    public static final Api.Credentials CONSTRUCTION_OFFICER = new Api.Credentials("xaydung.officer", PASSWORD);
    public static final Api.Credentials CONSTRUCTION_LEADER = new Api.Credentials("xaydung.leader", PASSWORD);

    public static final String WATER_SUPPLY_CATEGORY = "CAP_NUOC";
    public static final String HAI_LONG_WARD = "P_HAILONG";

    private DemoData() {
    }

    /**
     * Skips the calling test, with a message, when the server did not load the demo data (the seeder is
     * not in the build yet); the tests that need it run as soon as it is.
     */
    public static void assumeLoaded() {
        assumeTrue(ItDatabase.count("SELECT COUNT(*) FROM app_user WHERE username IN (?, ?, ?)",
                DISPATCHER.username(), WATER_OFFICER.username(), CONSTRUCTION_OFFICER.username()) == 3,
                "the server has no demo data (dispatcher1, capnuoc.officer, xaydung.officer): "
                        + "is vn.pakn.infrastructure.demo in the build and PAKN_DEMO_DATA=true?");
    }
}
