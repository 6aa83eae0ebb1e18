package vn.pakn.infrastructure.demo;

import java.util.List;
import java.util.Optional;

/**
 * Thành phố Hải Long, a fictional city directly under the central government, organised as after the 2025
 * reform: no district level, the city's departments and the wards and communes directly under the city
 * People's Committee, and public utilities outside government as roots of their own. Names, addresses and
 * e-mail addresses are invented (e-mail domains under {@code .example}).
 */
public final class DemoCity {

    public static final String CITY_NAME = "Thành phố Hải Long";

    public static final String CITY_COMMITTEE = "UBND_TP";
    public static final String CITY_OFFICE = "VP_UBND";
    public static final String CONTACT_CENTRE = "TT_PAKN";
    public static final String CONSTRUCTION = "SO_XD";
    public static final String TRANSPORT_INFRASTRUCTURE = "SO_XD_HTGT";
    public static final String BUILDING_ORDER = "SO_XD_TTXD";
    public static final String AGRICULTURE_ENVIRONMENT = "SO_NNMT";
    public static final String HEALTH = "SO_YT";
    public static final String INDUSTRY_TRADE = "SO_CT";
    public static final String EDUCATION = "SO_GDDT";
    public static final String CULTURE = "SO_VHTTDL";
    public static final String JUSTICE = "SO_TP";
    public static final String POLICE = "CA_TP";
    public static final String TRAFFIC_POLICE = "CA_TP_CSGT";
    public static final String WATER = "CTY_CAPNUOC";
    public static final String WATER_PLANT_1 = "CTY_CAPNUOC_XN1";
    public static final String POWER = "CTY_DIENLUC";
    public static final String URBAN_ENVIRONMENT = "CTY_MTDT";
    public static final String LIGHTING = "CTY_CHIEUSANG";
    public static final String PARKS = "CTY_CAYXANH";

    private static final String DOMAIN = "@hailong.gov.example";

    private static final List<UnitDef> UNITS = List.of(
            unit(CITY_COMMITTEE, null, "Ủy ban nhân dân thành phố Hải Long", "Hai Long City People's Committee", "CITY_COMMITTEE",
                    "ubnd", "Số 1 đường Trần Hưng Đạo, phường Hải Long"),
            unit(CITY_OFFICE, CITY_COMMITTEE, "Văn phòng Ủy ban nhân dân thành phố", "Office of the City People's Committee",
                    "OFFICE", "vanphong", "Số 1 đường Trần Hưng Đạo, phường Hải Long"),
            unit(CONTACT_CENTRE, CITY_OFFICE, "Trung tâm Tiếp nhận phản ánh, kiến nghị (Đường dây nóng 1022)",
                    "Citizens' Feedback Contact Centre (hotline 1022)", "SECTION", "1022", "Số 3 đường Trần Hưng Đạo, phường Hải Long"),
            unit(CONSTRUCTION, CITY_COMMITTEE, "Sở Xây dựng", "Department of Construction", "DEPARTMENT", "soxaydung",
                    "Số 18 đường Lê Lợi, phường Hải Long"),
            unit(TRANSPORT_INFRASTRUCTURE, CONSTRUCTION, "Phòng Quản lý kết cấu hạ tầng giao thông",
                    "Transport Infrastructure Division", "SECTION", "htgt.soxaydung", "Số 18 đường Lê Lợi, phường Hải Long"),
            unit(BUILDING_ORDER, CONSTRUCTION, "Phòng Quản lý trật tự xây dựng", "Building Order Division", "SECTION",
                    "ttxd.soxaydung", "Số 18 đường Lê Lợi, phường Hải Long"),
            unit(AGRICULTURE_ENVIRONMENT, CITY_COMMITTEE, "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment",
                    "DEPARTMENT", "sonnmt", "Số 25 đường Nguyễn Trãi, phường Đông Hưng"),
            unit(HEALTH, CITY_COMMITTEE, "Sở Y tế", "Department of Health", "DEPARTMENT", "soyte",
                    "Số 40 đường Hai Bà Trưng, phường Hải Long"),
            unit(INDUSTRY_TRADE, CITY_COMMITTEE, "Sở Công Thương", "Department of Industry and Trade", "DEPARTMENT", "socongthuong",
                    "Số 9 đường Bạch Đằng, phường Bến Cảng"),
            unit(EDUCATION, CITY_COMMITTEE, "Sở Giáo dục và Đào tạo", "Department of Education and Training", "DEPARTMENT",
                    "sogddt", "Số 12 đường Lý Thường Kiệt, phường Tân An"),
            unit(CULTURE, CITY_COMMITTEE, "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism",
                    "DEPARTMENT", "sovhttdl", "Số 7 đường Quang Trung, phường Hải Long"),
            unit(JUSTICE, CITY_COMMITTEE, "Sở Tư pháp", "Department of Justice", "DEPARTMENT", "sotuphap",
                    "Số 30 đường Lê Lợi, phường Hải Long"),
            unit(POLICE, CITY_COMMITTEE, "Công an thành phố Hải Long", "Hai Long City Police", "POLICE", "congan",
                    "Số 2 đường Lý Tự Trọng, phường Hải Long"),
            unit(TRAFFIC_POLICE, POLICE, "Phòng Cảnh sát giao thông", "Traffic Police Division", "SECTION", "csgt.congan",
                    "Số 88 đường Nguyễn Văn Linh, phường Đông Hưng"),
            unit("UBND_P_HAILONG", CITY_COMMITTEE, "Ủy ban nhân dân phường Hải Long", "Hai Long Ward People's Committee",
                    "WARD_COMMITTEE", "phuonghailong", "Số 5 phố Cầu Đá, phường Hải Long"),
            unit("UBND_P_HAILONG_KTHT", "UBND_P_HAILONG", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hải Long",
                    "Economy, Infrastructure and Urban Division of Hai Long Ward", "SECTION", "ktht.phuonghailong",
                    "Số 5 phố Cầu Đá, phường Hải Long"),
            unit("UBND_P_DONGHUNG", CITY_COMMITTEE, "Ủy ban nhân dân phường Đông Hưng", "Dong Hung Ward People's Committee",
                    "WARD_COMMITTEE", "phuongdonghung", "Số 120 đường Nguyễn Văn Linh, phường Đông Hưng"),
            unit("UBND_P_DONGHUNG_VHXH", "UBND_P_DONGHUNG", "Phòng Văn hóa - Xã hội phường Đông Hưng",
                    "Culture and Society Division of Dong Hung Ward", "SECTION", "vhxh.phuongdonghung",
                    "Số 120 đường Nguyễn Văn Linh, phường Đông Hưng"),
            unit("UBND_P_TANAN", CITY_COMMITTEE, "Ủy ban nhân dân phường Tân An", "Tan An Ward People's Committee",
                    "WARD_COMMITTEE", "phuongtanan", "Số 2 đường Tân An, phường Tân An"),
            unit("UBND_P_BENCANG", CITY_COMMITTEE, "Ủy ban nhân dân phường Bến Cảng", "Ben Cang Ward People's Committee",
                    "WARD_COMMITTEE", "phuongbencang", "Số 45 đường Bạch Đằng, phường Bến Cảng"),
            unit("UBND_X_HOAPHU", CITY_COMMITTEE, "Ủy ban nhân dân xã Hòa Phú", "Hoa Phu Commune People's Committee",
                    "COMMUNE_COMMITTEE", "xahoaphu", "Thôn Phú Lộc, xã Hòa Phú"),
            unit("UBND_X_LONGSON", CITY_COMMITTEE, "Ủy ban nhân dân xã Long Sơn", "Long Son Commune People's Committee",
                    "COMMUNE_COMMITTEE", "xalongson", "Thôn Đồng Chùa, xã Long Sơn"),
            unit(WATER, null, "Công ty Cổ phần Cấp nước Hải Long", "Hai Long Water Supply JSC", "UTILITY", "capnuoc",
                    "Số 54 đường Hai Bà Trưng, phường Hải Long"),
            unit(WATER_PLANT_1, WATER, "Xí nghiệp Cấp nước số 1", "Water Supply Enterprise No. 1", "SECTION", "xn1.capnuoc",
                    "Số 6 đường Ven Sông, phường Tân An"),
            unit(POWER, null, "Công ty Điện lực Hải Long", "Hai Long Power Company", "UTILITY", "dienluc",
                    "Số 15 đường Nguyễn Trãi, phường Đông Hưng"),
            unit(URBAN_ENVIRONMENT, null, "Công ty TNHH MTV Môi trường Đô thị Hải Long", "Hai Long Urban Environment Company",
                    "UTILITY", "moitruongdothi", "Số 3 đường Cảng Cá, phường Bến Cảng"),
            unit(LIGHTING, null, "Công ty Cổ phần Chiếu sáng công cộng Hải Long", "Hai Long Public Lighting JSC", "UTILITY",
                    "chieusang", "Số 21 đường Quang Trung, phường Hải Long"),
            unit(PARKS, null, "Công ty Cổ phần Công viên Cây xanh Hải Long", "Hai Long Parks and Trees JSC", "UTILITY",
                    "cayxanh", "Số 2 đường Công Viên, phường Tân An"));

    private static final List<AreaDef> AREAS = List.of(
            new AreaDef("HL", null, CITY_NAME, "CITY", null),
            new AreaDef("P_HAILONG", "HL", "Phường Hải Long", "WARD", "UBND_P_HAILONG"),
            new AreaDef("P_DONGHUNG", "HL", "Phường Đông Hưng", "WARD", "UBND_P_DONGHUNG"),
            new AreaDef("P_TANAN", "HL", "Phường Tân An", "WARD", "UBND_P_TANAN"),
            new AreaDef("P_BENCANG", "HL", "Phường Bến Cảng", "WARD", "UBND_P_BENCANG"),
            new AreaDef("X_HOAPHU", "HL", "Xã Hòa Phú", "COMMUNE", "UBND_X_HOAPHU"),
            new AreaDef("X_LONGSON", "HL", "Xã Long Sơn", "COMMUNE", "UBND_X_LONGSON"));

    private DemoCity() {
    }

    private static UnitDef unit(String code, String parent, String nameVi, String nameEn, String kind, String mailbox,
                                String address) {
        return new UnitDef(code, parent, nameVi, nameEn, kind, mailbox + DOMAIN, address);
    }

    /** Parents before children. */
    public static List<UnitDef> units() {
        return UNITS;
    }

    /** Parents before children. */
    public static List<AreaDef> areas() {
        return AREAS;
    }

    /** The wards and communes: the areas a report's location falls in. */
    public static List<AreaDef> localAreas() {
        return AREAS.stream().filter(a -> a.wardUnitCode() != null).toList();
    }

    public static Optional<UnitDef> unit(String code) {
        return UNITS.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public static Optional<AreaDef> area(String code) {
        return AREAS.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
