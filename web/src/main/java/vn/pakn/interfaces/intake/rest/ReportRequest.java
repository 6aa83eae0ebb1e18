package vn.pakn.interfaces.intake.rest;

import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pakn.application.intake.SubmitReport;
import vn.pakn.domain.model.shared.DomainException;

/** The JSON body of a report submission (portal, apps, operators). */
public record ReportRequest(
        @Size(max = 300, message = "Tiêu đề tối đa 300 ký tự | The title may have at most 300 characters") String title,
        @NotBlank(message = "Cần nhập nội dung phản ánh | The description is required")
        @Size(max = 10000, message = "Nội dung tối đa 10.000 ký tự | The description may have at most 10,000 characters") String description,
        @Size(max = 40, message = "Mã lĩnh vực quá dài | The category code is too long") String categoryCode,
        @Size(max = 40, message = "Mã địa bàn quá dài | The area code is too long") String areaCode,
        @Size(max = 500, message = "Địa chỉ tối đa 500 ký tự | The address may have at most 500 characters") String address,
        @DecimalMin(value = "-90", message = "Vĩ độ không hợp lệ | Latitude out of range")
        @DecimalMax(value = "90", message = "Vĩ độ không hợp lệ | Latitude out of range") Double latitude,
        @DecimalMin(value = "-180", message = "Kinh độ không hợp lệ | Longitude out of range")
        @DecimalMax(value = "180", message = "Kinh độ không hợp lệ | Longitude out of range") Double longitude,
        @Valid ReporterRequest reporter,
        JsonValue consentToShareIdentity,
        @Size(max = 100, message = "Mã cuộc gọi quá dài | The call id is too long") String callLinkedId,
        @Pattern(regexp = "\\d{10}", message = "Mã hồ sơ gồm 10 chữ số | A tracking code has 10 digits") String sameAsTrackingCode) {

    public record ReporterRequest(
            @Size(max = 200, message = "Họ tên tối đa 200 ký tự | The name may have at most 200 characters") String name,
            @Size(max = 30, message = "Số điện thoại quá dài | The phone number is too long") String phone,
            @Size(max = 320, message = "Địa chỉ thư điện tử quá dài | The e-mail address is too long") String email,
            @Pattern(regexp = "\\d{12}", message = "Số CCCD phải gồm 12 chữ số | The citizen ID must be 12 digits") String citizenId,
            @Size(max = 500, message = "Địa chỉ tối đa 500 ký tự | The address may have at most 500 characters") String address) {
    }

    public SubmitReport toCommand(boolean allowCallLink) {
        var r = reporter == null ? null
                : new SubmitReport.ReporterData(reporter.name(), reporter.phone(), reporter.email(), reporter.citizenId(), reporter.address());
        return new SubmitReport(title, description, categoryCode, areaCode, address, latitude, longitude, r,
                consent(), allowCallLink ? callLinkedId : null, sameAsTrackingCode);
    }

    /**
     * JSON true or false only: the default binding would read any string ("maybe") as false or true, and a
     * consent the citizen never gave must not be stored.
     */
    private boolean consent() {
        if (consentToShareIdentity == null || consentToShareIdentity.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        return switch (consentToShareIdentity.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw DomainException.invalid("bad-consent",
                    "consentToShareIdentity phải là true hoặc false.", "consentToShareIdentity must be true or false.");
        };
    }
}
