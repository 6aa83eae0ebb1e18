package vn.pakn.interfaces.search.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import vn.pakn.application.cases.DraftReport;

/** A report being typed, sent as it is while the person types; nothing here is stored. */
public record DraftRequest(
        @Size(max = 300, message = "Tiêu đề tối đa 300 ký tự | The title is at most 300 characters") String title,
        @Size(max = 10000, message = "Nội dung tối đa 10000 ký tự | The text is at most 10000 characters") String description,
        @Size(max = 30, message = "Số điện thoại quá dài | The phone number is too long") String phone,
        @DecimalMin(value = "-90", message = "Vĩ độ từ -90 đến 90 | Latitude must be within -90..90")
        @DecimalMax(value = "90", message = "Vĩ độ từ -90 đến 90 | Latitude must be within -90..90") Double latitude,
        @DecimalMin(value = "-180", message = "Kinh độ từ -180 đến 180 | Longitude must be within -180..180")
        @DecimalMax(value = "180", message = "Kinh độ từ -180 đến 180 | Longitude must be within -180..180") Double longitude,
        @Size(max = 50, message = "Mã địa bàn quá dài | The area code is too long") String areaCode,
        @Size(max = 50, message = "Mã lĩnh vực quá dài | The category code is too long") String categoryCode) {

    DraftReport toDraft() {
        return new DraftReport(title, description, phone, latitude, longitude, areaCode, categoryCode);
    }
}
