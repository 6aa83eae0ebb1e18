package vn.pakn.application.admin;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.DomainException;

/** The policy for staff accounts: username form, password strength, which roles an ADMIN may give, unit rules. */
public final class AccountRules {

    /** Lower-case letters, digits, '.', '_', '-'; starts with a letter or digit; 3 to 50 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    public static final int MIN_PASSWORD_LENGTH = 10;

    /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** Roles of staff accounts: SYSTEM is the application itself and CITIZEN needs no account here. */
    public static final Set<Role> ASSIGNABLE = EnumSet.complementOf(EnumSet.of(Role.SYSTEM, Role.CITIZEN));

    /** Roles whose holder works the cases of one unit, so the account needs that unit. */
    public static final Set<Role> UNIT_BOUND = EnumSet.of(Role.UNIT_OFFICER, Role.UNIT_LEADER);

    private AccountRules() {
    }

    /** The username trimmed and lower-cased, or INVALID. */
    public static String username(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw DomainException.invalid("bad-username",
                    "Tên đăng nhập phải dài 3–50 ký tự, gồm chữ thường không dấu, số, '.', '_', '-' và bắt đầu bằng chữ hoặc số.",
                    "A username has 3–50 characters: lower-case a–z, digits, '.', '_', '-', starting with a letter or digit.");
        }
        return u;
    }

    /** Refuses a password that is too short, too long for bcrypt, blank-padded only, or equal to the username. */
    public static void password(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("weak-password", "Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.",
                    "The password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DomainException.invalid("long-password", "Mật khẩu quá dài (tối đa " + MAX_PASSWORD_BYTES + " byte UTF-8).",
                    "The password is too long (at most " + MAX_PASSWORD_BYTES + " UTF-8 bytes).");
        }
        if (password.isBlank() || password.strip().equalsIgnoreCase(username)) {
            throw DomainException.invalid("weak-password", "Mật khẩu không được trống hoặc trùng tên đăng nhập.",
                    "The password must not be blank or the same as the username.");
        }
    }

    /** At least one role, each one an ADMIN may give. */
    public static Set<Role> roles(Collection<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("missing-role", "Cần chọn ít nhất một vai trò.", "At least one role is required.");
        }
        for (Role r : roles) {
            if (!ASSIGNABLE.contains(r)) {
                throw DomainException.invalid("bad-role", "Không thể cấp vai trò " + r.name() + " (" + r.labelVi() + ") cho tài khoản cán bộ.",
                        "The role " + r.name() + " cannot be given to a staff account.");
            }
        }
        return EnumSet.copyOf(roles);
    }

    /** Unit officers and unit leaders belong to a unit; it must be active. */
    public static void unit(Set<Role> roles, String unitCode, boolean unitActive) {
        if (unitCode == null && roles.stream().anyMatch(UNIT_BOUND::contains)) {
            throw DomainException.invalid("missing-unit", "Cán bộ đơn vị và lãnh đạo đơn vị cần được gắn với một đơn vị.",
                    "Unit officers and unit leaders need a unit.");
        }
        if (unitCode != null && !unitActive) {
            throw DomainException.invalid("inactive-unit", "Đơn vị '" + unitCode + "' đã ngừng hoạt động.",
                    "The unit '" + unitCode + "' is not active.");
        }
    }

    /**
     * An ADMIN may not lock themselves out: no deactivating their own account, no taking their own ADMIN role.
     */
    public static void notLockingOut(String actingUsername, String targetUsername, boolean staysActive, Set<Role> newRoles) {
        if (actingUsername.equals(targetUsername) && (!staysActive || !newRoles.contains(Role.ADMIN))) {
            throw DomainException.conflict("self-lockout",
                    "Không thể tự ngừng tài khoản của mình hoặc tự bỏ vai trò quản trị; hãy nhờ một quản trị viên khác.",
                    "You cannot deactivate your own account or remove your own ADMIN role; ask another administrator.");
        }
    }
}
