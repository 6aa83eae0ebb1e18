package vn.pakn.application.admin;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The codes of units, categories and areas ("UBND_P_HAILONG", "NGAP_UNG"): stable keys that routing rules,
 * imports and other systems refer to, so they are normalised (trimmed, upper case) and never change.
 */
public final class AdminCodes {

    /** Upper-case letters, digits, '_', '.', '-'; 2 to 40 characters (the column width). */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,39}");

    private AdminCodes() {
    }

    /** The normalised code, or INVALID naming what it is the code of. */
    public static String normalise(String code, String whatVi, String whatEn) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw DomainException.invalid("bad-code",
                    "Mã " + whatVi + " '" + (code == null ? "" : code) + "' không hợp lệ: 2–40 ký tự gồm chữ không dấu, số, '_', '.', '-'.",
                    "The " + whatEn + " code '" + (code == null ? "" : code) + "' is not valid: 2–40 characters of A–Z, 0–9, '_', '.', '-'.");
        }
        return c;
    }

    /** A required name: trimmed, not blank. */
    public static String requiredText(String text, String whatVi, String whatEn) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("missing-" + whatEn.replace(' ', '-'), "Cần nhập " + whatVi + ".", "The " + whatEn + " is required.");
        }
        return text.strip();
    }

    /** An optional text: trimmed, blank becomes null. */
    public static String optionalText(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static DomainException notFound(String whatVi, String whatEn, Object key) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not-found", "Không tìm thấy " + whatVi + " '" + key + "'.",
                "There is no " + whatEn + " '" + key + "'.");
    }

    /** The key as typed, trimmed and upper-cased for a lookup by code (null stays empty). */
    public static String lookupKey(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /** A category or area that active routing rules name is not deactivated: the rules would go on routing by it. */
    public static void requireNoActiveRules(String whatVi, String whatEn, String code, long activeRules) {
        if (activeRules > 0) {
            throw DomainException.conflict("in-use", "Chưa thể ngừng " + whatVi + " '" + code + "': còn " + activeRules
                            + " quy tắc chuyển xử lý đang hoạt động dùng nó; hãy ngừng hoặc sửa các quy tắc đó trước.",
                    "The " + whatEn + " '" + code + "' cannot be deactivated yet: " + activeRules
                            + " active routing rules use it; deactivate or change them first.");
        }
    }

    public static DomainException duplicate(String whatVi, String whatEn, String code) {
        return DomainException.conflict("duplicate-code", "Đã có " + whatVi + " với mã '" + code + "'.",
                "The code '" + code + "' is already used by another " + whatEn + ".");
    }
}
