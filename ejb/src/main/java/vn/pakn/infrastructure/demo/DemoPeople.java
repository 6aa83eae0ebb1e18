package vn.pakn.infrastructure.demo;

import static vn.pakn.infrastructure.demo.DemoTexts.pick;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Invented reporters and addresses. Names are random combinations of common family, middle and given
 * names; phones are 0900 00x xxx, a block no subscriber is known to have; e-mails are at the reserved
 * example domains.
 */
public final class DemoPeople {

    /** A reporter as the demo makes one up; {@code honorific} is ông or bà. */
    public record Person(String name, String honorific, String phone, String email) {
    }

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Lương", "Cao");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Công", "Đình");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Phương");
    private static final List<String> MALE = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hiếu", "Hòa", "Khoa",
            "Long", "Mạnh", "Nam", "Phong", "Quý", "Sơn", "Tài", "Thắng", "Trung", "Tuấn", "Việt");
    private static final List<String> FEMALE = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
            "Liên", "Loan", "Mai", "Nga", "Nhung", "Oanh", "Quyên", "Thảo", "Trang", "Vân", "Yến");
    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.net", "example.org");

    /** Streets per ward and villages per commune, by area code. */
    private static final Map<String, List<String>> PLACES = Map.of(
            "P_HAILONG", List.of("đường Trần Hưng Đạo", "đường Lê Lợi", "phố Cầu Đá", "đường Hai Bà Trưng", "đường Quang Trung", "phố Hàng Chài"),
            "P_DONGHUNG", List.of("đường Nguyễn Văn Linh", "đường Nguyễn Trãi", "phố Đông Hưng", "đường Lý Thường Kiệt", "phố Chợ Mới"),
            "P_TANAN", List.of("đường Tân An", "đường Ven Sông", "đường Công Viên", "phố Lê Lai", "đường Phạm Ngũ Lão"),
            "P_BENCANG", List.of("đường Bạch Đằng", "đường Cảng Cá", "phố Bến Thuyền", "đường Trần Phú", "phố Hải Đăng"),
            "X_HOAPHU", List.of("thôn Phú Lộc", "thôn Hòa Bình", "thôn Đông Xá", "xóm Bến Đò"),
            "X_LONGSON", List.of("thôn Đồng Chùa", "thôn Long Thịnh", "thôn Sơn Hạ", "xóm Giếng"));

    private DemoPeople() {
    }

    public static Person person(Random random) {
        boolean male = random.nextBoolean();
        String family = pick(random, FAMILY);
        String given = pick(random, male ? MALE : FEMALE);
        String name = family + " " + pick(random, male ? MALE_MIDDLE : FEMALE_MIDDLE) + " " + given;
        String phone = String.format("090000%04d", random.nextInt(10_000));
        String email = random.nextInt(3) == 0 ? null
                : ascii(given + "." + family).toLowerCase() + (1970 + random.nextInt(40)) + "@" + pick(random, MAIL_DOMAINS);
        return new Person(name, male ? "ông" : "bà", phone, email);
    }

    /** A street address in the ward or a place in the commune: số, ngõ, ngách, hẻm, tổ, thôn. */
    public static String address(Random random, String areaCode) {
        List<String> places = PLACES.getOrDefault(areaCode, PLACES.get("P_HAILONG"));
        String place = pick(random, places);
        int n = 1 + random.nextInt(180);
        if (place.startsWith("thôn") || place.startsWith("xóm")) {
            return switch (random.nextInt(3)) {
                case 0 -> "nhà văn hóa " + place;
                case 1 -> "đội " + (1 + random.nextInt(9)) + ", " + place;
                default -> "gần cổng trường tiểu học " + place;
            };
        }
        return switch (random.nextInt(7)) {
            case 0 -> "số " + n + " " + place;
            case 1 -> "số " + (1 + random.nextInt(40)) + " ngõ " + n + " " + place;
            case 2 -> "ngách " + n + "/" + (1 + random.nextInt(30)) + " ngõ " + (10 + random.nextInt(200)) + " " + place;
            case 3 -> "hẻm " + n + " " + place;
            case 4 -> "trước nhà số " + n + " " + place;
            case 5 -> "tổ " + (1 + random.nextInt(25)) + ", khu phố " + (1 + random.nextInt(8)) + ", " + place;
            default -> "ngã tư " + place + " giao với " + pick(random, places.stream().filter(p -> !p.equals(place)).toList());
        };
    }

    /** Text as typed without diacritics (e-mails from old phones): the system must accept it. */
    public static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }
}
