package vn.pakn.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Varied, realistic citizen reports in Vietnamese, as the portal sends them: the same texts feed the HTTP
 * intake and the bare insert, so both write rows of the same width.
 */
final class ReportBodies {

    record Report(String title, String description, String categoryCode, String areaCode, String address,
                  String reporterName, String reporterPhone, String reporterEmail) {

        String toJson() {
            return "{\"title\":" + quote(title) + ",\"description\":" + quote(description)
                    + ",\"categoryCode\":" + quote(categoryCode) + ",\"areaCode\":" + quote(areaCode)
                    + ",\"address\":" + quote(address) + ",\"reporter\":{\"name\":" + quote(reporterName)
                    + ",\"phone\":" + quote(reporterPhone) + ",\"email\":" + quote(reporterEmail) + "}}";
        }
    }

    private static final List<String[]> PROBLEMS = List.of(
            new String[] {"Mất nước sinh hoạt kéo dài",
                "Khu vực %s đã mất nước sinh hoạt từ %s đến nay, gia đình có người già và trẻ nhỏ rất khó khăn. "
                        + "Đề nghị công ty cấp nước kiểm tra đường ống và thông báo thời gian cấp nước trở lại."},
            new String[] {"Đèn đường không sáng",
                "Cả dãy đèn chiếu sáng trên đoạn đường %s không sáng từ %s, buổi tối rất tối, đã xảy ra mấy vụ "
                        + "cướp giật điện thoại. Kính đề nghị đơn vị quản lý chiếu sáng sớm sửa chữa."},
            new String[] {"Rác thải tồn đọng nhiều ngày",
                "Điểm tập kết rác tại %s không được thu gom từ %s, rác tràn ra lòng đường, bốc mùi hôi thối, "
                        + "ruồi muỗi nhiều. Đề nghị công ty môi trường đô thị thu gom và xử lý dứt điểm."},
            new String[] {"Ổ gà lớn nguy hiểm",
                "Mặt đường tại %s xuất hiện ổ gà sâu khoảng 20 cm từ %s, trời mưa đọng nước không nhìn thấy, "
                        + "nhiều người đi xe máy bị ngã. Đề nghị cơ quan chức năng khẩn trương vá lại mặt đường."},
            new String[] {"Tiếng ồn karaoke ban đêm",
                "Một hộ dân ở %s hát karaoke với loa công suất lớn đến quá 23 giờ đêm, kéo dài từ %s, ảnh hưởng "
                        + "nghiêm trọng đến việc nghỉ ngơi của người dân xung quanh. Đề nghị phường kiểm tra, xử lý."},
            new String[] {"Cây xanh có nguy cơ đổ",
                "Cây xà cừ trước %s bị nghiêng và mục gốc, từ %s đã gãy một cành lớn rơi xuống vỉa hè. Mùa mưa "
                        + "bão sắp đến, đề nghị đơn vị quản lý cây xanh cắt tỉa hoặc chặt hạ để đảm bảo an toàn."},
            new String[] {"Lấn chiếm vỉa hè",
                "Các quán ăn tại %s bày bàn ghế chiếm hết vỉa hè từ %s, người đi bộ phải xuống lòng đường, rất "
                        + "nguy hiểm cho học sinh tan trường. Đề nghị lực lượng trật tự đô thị kiểm tra, xử lý."},
            new String[] {"Cống thoát nước bị tắc",
                "Cống thoát nước tại %s bị tắc từ %s, mỗi lần mưa lớn nước ngập đến đầu gối, tràn vào nhà dân. "
                        + "Đề nghị công ty thoát nước nạo vét cống trước mùa mưa."},
            new String[] {"Mất điện không báo trước",
                "Khu dân cư %s bị cắt điện nhiều lần từ %s mà không có thông báo trước, thiết bị điện trong nhà "
                        + "bị hỏng. Đề nghị điện lực giải thích nguyên nhân và có lịch cắt điện cụ thể."},
            new String[] {"Hỏi về thủ tục cấp giấy phép xây dựng",
                "Tôi có mảnh đất tại %s, muốn xây nhà ở riêng lẻ 3 tầng. Từ %s tôi đã nộp hồ sơ nhưng chưa nhận "
                        + "được phản hồi. Đề nghị cho biết hồ sơ cần bổ sung giấy tờ gì và thời hạn giải quyết."});

    private static final List<String> PLACES = List.of(
            "ngõ 45 phố Lạch Tray", "số 12 đường Trần Phú", "tổ dân phố số 7, phường Hải Long",
            "ngách 3/18 đường Lê Lợi", "chợ Hàng Kênh", "khu tập thể Đồng Quốc Bình", "số 210 đường Tô Hiệu",
            "đầu ngõ 91 phố Cầu Đất", "khu đô thị mới Đông Bắc", "trường tiểu học Nguyễn Bá Ngọc");

    private static final List<String> SINCE = List.of(
            "sáng thứ Hai tuần này", "ba ngày nay", "tối hôm qua", "đầu tháng", "cuối tuần trước",
            "hơn một tuần nay", "chiều chủ nhật", "sau trận mưa lớn hôm thứ Sáu");

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh");
    private static final List<String> GIVEN = List.of("An", "Bình", "Hà", "Lan", "Hùng", "Mai", "Tuấn", "Hương", "Dũng");
    private static final List<String> ASCII_GIVEN = List.of("an", "binh", "ha", "lan", "hung", "mai", "tuan", "huong", "dung");

    private final SplittableRandom random;
    private final List<String> categoryCodes;
    private final List<String> areaCodes;

    ReportBodies(long seed, List<String> categoryCodes, List<String> areaCodes) {
        this.random = new SplittableRandom(seed);
        this.categoryCodes = categoryCodes;
        this.areaCodes = areaCodes;
    }

    Report next() {
        String[] problem = pick(PROBLEMS);
        String place = pick(PLACES);
        int given = random.nextInt(GIVEN.size());
        String name = pick(FAMILY) + " " + pick(MIDDLE) + " " + GIVEN.get(given);
        String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
        String email = ASCII_GIVEN.get(given) + random.nextInt(1000, 10000) + "@gmail.com";
        return new Report(problem[0] + " tại " + place, String.format(problem[1], place, pick(SINCE)),
                categoryCodes.isEmpty() ? null : pick(categoryCodes), areaCodes.isEmpty() ? null : pick(areaCodes),
                place + ", thành phố Hải Phòng", name, phone, email);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        var out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
