package vn.pakn.application.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import vn.pakn.domain.model.calendar.CalendarDayKind;
import vn.pakn.domain.model.identity.Role;

/**
 * What an ADMIN sends: the same records serve the REST API (validated there with {@code @Valid}) and the
 * services (which check the rules that need the database). Messages are "Vietnamese | English".
 */
public final class AdminForms {

    static final String CODE_REQUIRED = "Cần nhập mã | A code is required";
    static final String CODE_TOO_LONG = "Mã tối đa 40 ký tự | A code has at most 40 characters";
    static final String NAME_REQUIRED = "Cần nhập tên | A name is required";
    static final String NAME_TOO_LONG = "Tên tối đa 300 ký tự | A name has at most 300 characters";
    static final String KIND_REQUIRED = "Cần nhập loại | A kind is required";
    static final String KIND_TOO_LONG = "Loại tối đa 40 ký tự | A kind has at most 40 characters";
    static final String TEXT_TOO_LONG = "Nội dung quá dài | The text is too long";
    static final String BAD_EMAIL = "Địa chỉ e-mail không hợp lệ | The e-mail address is not valid";
    static final String NUMBER_REQUIRED = "Cần nhập số | A number is required";

    private AdminForms() {
    }

    /** A new unit; {@code parentCode} null makes a root (e.g. the province or city committee). */
    public record NewUnit(@NotBlank(message = CODE_REQUIRED) @Size(max = 40, message = CODE_TOO_LONG) String code,
                          @NotBlank(message = NAME_REQUIRED) @Size(max = 300, message = NAME_TOO_LONG) String nameVi,
                          @Size(max = 300, message = NAME_TOO_LONG) String nameEn,
                          @NotBlank(message = KIND_REQUIRED) @Size(max = 40, message = KIND_TOO_LONG) String kind,
                          @Size(max = 40, message = CODE_TOO_LONG) String parentCode,
                          @Email(message = BAD_EMAIL) @Size(max = 320, message = TEXT_TOO_LONG) String email,
                          @Size(max = 40, message = TEXT_TOO_LONG) String phone,
                          @Size(max = 500, message = TEXT_TOO_LONG) String address) {
    }

    /** The editable fields of a unit (its code never changes; its place in the tree changes by a move). */
    public record UnitChanges(@NotBlank(message = NAME_REQUIRED) @Size(max = 300, message = NAME_TOO_LONG) String nameVi,
                              @Size(max = 300, message = NAME_TOO_LONG) String nameEn,
                              @NotBlank(message = KIND_REQUIRED) @Size(max = 40, message = KIND_TOO_LONG) String kind,
                              @Email(message = BAD_EMAIL) @Size(max = 320, message = TEXT_TOO_LONG) String email,
                              @Size(max = 40, message = TEXT_TOO_LONG) String phone,
                              @Size(max = 500, message = TEXT_TOO_LONG) String address) {
    }

    /** Where a unit moves: the new parent's code, or null to make it a root. */
    public record UnitMove(@Size(max = 40, message = CODE_TOO_LONG) String parentCode) {
    }

    public record Sla(@NotNull(message = NUMBER_REQUIRED) Integer forwardWorkingDays,
                      @NotNull(message = NUMBER_REQUIRED) Integer answerWorkingDays,
                      @NotNull(message = NUMBER_REQUIRED) Integer maxExtensionDays,
                      @NotNull(message = NUMBER_REQUIRED) Integer warnBeforeWorkingHours) {
    }

    public record CategoryForm(@Size(max = 40, message = CODE_TOO_LONG) String code,
                               @NotBlank(message = NAME_REQUIRED) @Size(max = 300, message = NAME_TOO_LONG) String nameVi,
                               @Size(max = 300, message = NAME_TOO_LONG) String nameEn,
                               @Size(max = 2000, message = TEXT_TOO_LONG) String descriptionVi,
                               @Valid @NotNull(message = "Cần nhập chính sách thời hạn | The SLA policy is required") Sla sla) {
    }

    public record AreaForm(@Size(max = 40, message = CODE_TOO_LONG) String code,
                           @NotBlank(message = NAME_REQUIRED) @Size(max = 300, message = NAME_TOO_LONG) String nameVi,
                           @NotBlank(message = KIND_REQUIRED) @Size(max = 40, message = KIND_TOO_LONG) String kind,
                           @Size(max = 40, message = CODE_TOO_LONG) String parentCode) {
    }

    /** A routing rule: a missing category or area is a wildcard; the lead unit is required. */
    public record RuleForm(@Size(max = 40, message = CODE_TOO_LONG) String categoryCode,
                           @Size(max = 40, message = CODE_TOO_LONG) String areaCode,
                           @NotBlank(message = "Cần chọn đơn vị chủ trì | A lead unit is required")
                           @Size(max = 40, message = CODE_TOO_LONG) String leadUnitCode,
                           @Size(max = 20, message = "Tối đa 20 đơn vị phối hợp | At most 20 coordinating units")
                           List<@NotBlank(message = CODE_REQUIRED) @Size(max = 40, message = CODE_TOO_LONG) String> coordinatorUnitCodes,
                           @Size(max = 500, message = TEXT_TOO_LONG) String note) {
    }

    public record DayForm(@NotNull(message = "Cần chọn loại ngày (HOLIDAY hoặc MAKEUP_WORKDAY) | The kind (HOLIDAY or MAKEUP_WORKDAY) is required")
                          CalendarDayKind kind,
                          @NotBlank(message = NAME_REQUIRED) @Size(max = 300, message = NAME_TOO_LONG) String nameVi,
                          @Size(max = 300, message = NAME_TOO_LONG) String nameEn) {
    }

    public record WorkingHoursForm(@NotBlank(message = "Cần nhập giờ làm việc, ví dụ 08:00-12:00,13:30-17:00 | Working hours are required, e.g. 08:00-12:00,13:30-17:00")
                                   @Size(max = 200, message = TEXT_TOO_LONG) String workingHours) {
    }

    public record NewUser(@NotBlank(message = "Cần nhập tên đăng nhập | A username is required")
                          @Size(max = 50, message = "Tên đăng nhập tối đa 50 ký tự | A username has at most 50 characters") String username,
                          @NotNull(message = "Cần nhập mật khẩu | A password is required")
                          @Size(min = AccountRules.MIN_PASSWORD_LENGTH, max = 72, message = "Mật khẩu dài 10–72 ký tự | A password has 10 to 72 characters")
                          String password,
                          @NotBlank(message = "Cần nhập họ tên | The full name is required")
                          @Size(max = 200, message = NAME_TOO_LONG) String fullName,
                          @Email(message = BAD_EMAIL) @Size(max = 320, message = TEXT_TOO_LONG) String email,
                          @Size(max = 40, message = CODE_TOO_LONG) String unitCode,
                          @NotEmpty(message = "Cần chọn ít nhất một vai trò | At least one role is required") Set<Role> roles,
                          @Size(max = 40, message = TEXT_TOO_LONG) String extension) {
        @Override
        public String toString() {
            return "NewUser[" + username + ", password=***]";
        }
    }

    public record UserChanges(@NotBlank(message = "Cần nhập họ tên | The full name is required")
                              @Size(max = 200, message = NAME_TOO_LONG) String fullName,
                              @Email(message = BAD_EMAIL) @Size(max = 320, message = TEXT_TOO_LONG) String email,
                              @Size(max = 40, message = CODE_TOO_LONG) String unitCode,
                              @NotEmpty(message = "Cần chọn ít nhất một vai trò | At least one role is required") Set<Role> roles,
                              @Size(max = 40, message = TEXT_TOO_LONG) String extension) {
    }

    public record NewPassword(@NotNull(message = "Cần nhập mật khẩu | A password is required")
                              @Size(min = AccountRules.MIN_PASSWORD_LENGTH, max = 72, message = "Mật khẩu dài 10–72 ký tự | A password has 10 to 72 characters")
                              String password) {
        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }
}
