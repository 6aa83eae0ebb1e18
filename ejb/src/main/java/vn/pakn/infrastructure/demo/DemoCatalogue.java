package vn.pakn.infrastructure.demo;

import static vn.pakn.infrastructure.demo.CategoryDef.Urgency.LEGAL_QUESTION;
import static vn.pakn.infrastructure.demo.CategoryDef.Urgency.NORMAL;
import static vn.pakn.infrastructure.demo.CategoryDef.Urgency.URGENT;
import static vn.pakn.infrastructure.demo.DemoCity.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The demo categories (lĩnh vực) with their SLA, and the routing rules: every category has a city-wide rule,
 * and the local categories (sidewalk encroachment, building order, noise, land) have one rule per ward or
 * commune that sends them to its people's committee, so the most specific rule wins.
 */
public final class DemoCatalogue {

    public static final String WATER_SUPPLY = "CAP_NUOC";
    public static final String ELECTRICITY = "DIEN";
    public static final String FLOODING = "NGAP_UNG";
    public static final String FALLEN_TREES = "CAY_XANH";
    public static final String PUBLIC_ORDER = "AN_NINH_TT";
    public static final String STREET_LIGHTING = "CHIEU_SANG";
    public static final String ROADS = "HA_TANG_GT";
    public static final String SIDEWALK = "LAN_CHIEM_VH";
    public static final String BUILDING = "TRAT_TU_XD";
    public static final String WASTE = "RAC_THAI";
    public static final String POLLUTION = "O_NHIEM";
    public static final String LAND = "DAT_DAI";
    public static final String HEALTH_FOOD = "Y_TE_ATTP";
    public static final String EDUCATION_CAT = "GIAO_DUC";
    public static final String TRADE = "THUONG_MAI";
    public static final String ADMIN_PROCEDURES = "TTHC";
    public static final String LEGAL_DOCS = "HOI_DAP_PL";
    public static final String OTHER = "KHAC";

    private static final List<CategoryDef> CATEGORIES = List.of(
            new CategoryDef(WATER_SUPPLY, "Cấp nước", "Water supply",
                    "Mất nước, nước yếu, nước đục, vỡ đường ống cấp nước", URGENT),
            new CategoryDef(ELECTRICITY, "Điện sinh hoạt", "Electricity",
                    "Mất điện, chập điện, dây điện võng, cột điện nghiêng", URGENT),
            new CategoryDef(FLOODING, "Ngập úng, thoát nước", "Flooding and drainage",
                    "Ngập úng đường phố, tắc cống, hố ga mất nắp", URGENT),
            new CategoryDef(FALLEN_TREES, "Cây xanh gãy đổ, nguy hiểm", "Fallen or dangerous trees",
                    "Cây gãy, đổ, nghiêng, cành khô có nguy cơ rơi", URGENT),
            new CategoryDef(PUBLIC_ORDER, "An ninh, trật tự", "Public order and security",
                    "Tụ tập gây rối, đua xe, trộm cắp, cờ bạc, tệ nạn xã hội", URGENT),
            new CategoryDef(STREET_LIGHTING, "Chiếu sáng công cộng", "Street lighting",
                    "Đèn đường hỏng, tắt, sáng cả ngày", NORMAL),
            new CategoryDef(ROADS, "Hạ tầng giao thông", "Roads and traffic infrastructure",
                    "Đường hư hỏng, ổ gà, biển báo, đèn tín hiệu giao thông", NORMAL),
            new CategoryDef(SIDEWALK, "Lấn chiếm vỉa hè, lòng đường", "Sidewalk and roadway encroachment",
                    "Lấn chiếm vỉa hè, lòng đường để kinh doanh, trông giữ xe", NORMAL),
            new CategoryDef(BUILDING, "Trật tự xây dựng", "Building order",
                    "Xây dựng không phép, sai phép, gây ảnh hưởng nhà liền kề", NORMAL),
            new CategoryDef(WASTE, "Thu gom rác thải", "Waste collection",
                    "Rác tồn đọng, thu gom không đúng giờ, đổ trộm phế thải", NORMAL),
            new CategoryDef(POLLUTION, "Ô nhiễm môi trường, tiếng ồn", "Pollution and noise",
                    "Khói bụi, mùi hôi, nước thải, tiếng ồn karaoke và cơ sở sản xuất", NORMAL),
            new CategoryDef(LAND, "Đất đai", "Land",
                    "Cấp giấy chứng nhận, tranh chấp ranh giới, lấn chiếm đất công", NORMAL),
            new CategoryDef(HEALTH_FOOD, "Y tế, an toàn thực phẩm", "Health and food safety",
                    "Khám chữa bệnh, thái độ phục vụ, vệ sinh an toàn thực phẩm", NORMAL),
            new CategoryDef(EDUCATION_CAT, "Giáo dục", "Education",
                    "Thu chi đầu năm học, dạy thêm, cơ sở vật chất trường học", NORMAL),
            new CategoryDef(TRADE, "Thương mại, giá cả", "Trade and prices",
                    "Hàng giả, hàng kém chất lượng, niêm yết giá, xăng dầu", NORMAL),
            new CategoryDef(ADMIN_PROCEDURES, "Thủ tục hành chính, dịch vụ công", "Administrative procedures",
                    "Giải quyết hồ sơ chậm, thái độ cán bộ, dịch vụ công trực tuyến", NORMAL),
            new CategoryDef(LEGAL_DOCS, "Hỏi đáp văn bản quy phạm pháp luật", "Questions about legal documents",
                    "Đề nghị giải thích, hướng dẫn áp dụng văn bản quy phạm pháp luật, chính sách", LEGAL_QUESTION),
            new CategoryDef(OTHER, "Lĩnh vực khác", "Other", "Các phản ánh, kiến nghị khác", NORMAL));

    /** The categories that are local matters: routed to the ward or commune where they happen. */
    public static final List<String> LOCAL_CATEGORIES = List.of(SIDEWALK, BUILDING, POLLUTION, LAND);

    private static final List<RuleDef> RULES = buildRules();

    private DemoCatalogue() {
    }

    private static List<RuleDef> buildRules() {
        List<RuleDef> r = new ArrayList<>(List.of(
                rule(WATER_SUPPLY, WATER, List.of(), "Đơn vị cấp nước trên địa bàn toàn thành phố"),
                rule(ELECTRICITY, POWER, List.of(), "Đơn vị phân phối điện"),
                rule(FLOODING, URBAN_ENVIRONMENT, List.of(CONSTRUCTION), "Thoát nước đô thị; Sở Xây dựng phối hợp"),
                rule(FALLEN_TREES, PARKS, List.of(POWER), "Cây xanh đô thị; Điện lực phối hợp khi cây đổ vào đường dây"),
                rule(PUBLIC_ORDER, POLICE, List.of(), "Công an thành phố chủ trì"),
                rule(STREET_LIGHTING, LIGHTING, List.of(), "Chiếu sáng công cộng"),
                rule(ROADS, TRANSPORT_INFRASTRUCTURE, List.of(TRAFFIC_POLICE), "Kết cấu hạ tầng giao thông; CSGT phối hợp"),
                rule(SIDEWALK, CONSTRUCTION, List.of(), "Khi chưa xác định được địa bàn"),
                rule(BUILDING, BUILDING_ORDER, List.of(), "Khi chưa xác định được địa bàn"),
                rule(WASTE, URBAN_ENVIRONMENT, List.of(), "Thu gom, vận chuyển rác thải sinh hoạt"),
                rule(POLLUTION, AGRICULTURE_ENVIRONMENT, List.of(), "Khi chưa xác định được địa bàn"),
                rule(LAND, AGRICULTURE_ENVIRONMENT, List.of(), "Khi chưa xác định được địa bàn"),
                rule(HEALTH_FOOD, HEALTH, List.of(), "Y tế, an toàn thực phẩm"),
                rule(EDUCATION_CAT, EDUCATION, List.of(), "Giáo dục và đào tạo"),
                rule(TRADE, INDUSTRY_TRADE, List.of(), "Thương mại, quản lý thị trường"),
                rule(ADMIN_PROCEDURES, CITY_OFFICE, List.of(), "Kiểm soát thủ tục hành chính"),
                rule(LEGAL_DOCS, JUSTICE, List.of(), "Hướng dẫn áp dụng pháp luật"),
                rule(OTHER, CITY_OFFICE, List.of(), "Văn phòng UBND thành phố xem xét, chuyển tiếp")));
        for (AreaDef area : DemoCity.localAreas()) {
            String ward = area.wardUnitCode();
            r.add(new RuleDef(SIDEWALK, area.code(), ward, List.of(), "Lấn chiếm vỉa hè trên địa bàn " + area.nameVi()));
            r.add(new RuleDef(BUILDING, area.code(), ward, List.of(BUILDING_ORDER), "Trật tự xây dựng trên địa bàn " + area.nameVi()));
            r.add(new RuleDef(POLLUTION, area.code(), ward, List.of(AGRICULTURE_ENVIRONMENT), "Tiếng ồn, ô nhiễm trên địa bàn " + area.nameVi()));
            r.add(new RuleDef(LAND, area.code(), ward, List.of(), "Đất đai trên địa bàn " + area.nameVi()));
            r.add(new RuleDef(PUBLIC_ORDER, area.code(), POLICE, List.of(ward), "Công an chủ trì, " + area.nameVi() + " phối hợp"));
        }
        return List.copyOf(r);
    }

    private static RuleDef rule(String category, String lead, List<String> coordinators, String note) {
        return new RuleDef(category, null, lead, coordinators, note);
    }

    public static List<CategoryDef> categories() {
        return CATEGORIES;
    }

    public static List<RuleDef> rules() {
        return RULES;
    }

    public static Optional<CategoryDef> category(String code) {
        return CATEGORIES.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The most specific rule for (category, area), as the routing service picks it. */
    public static Optional<RuleDef> routeFor(String categoryCode, String areaCode) {
        return RULES.stream().filter(r -> r.specificityFor(categoryCode, areaCode) >= 0)
                .max(Comparator.comparingInt(r -> r.specificityFor(categoryCode, areaCode)));
    }
}
