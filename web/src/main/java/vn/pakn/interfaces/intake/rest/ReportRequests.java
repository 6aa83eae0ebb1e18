package vn.pakn.interfaces.intake.rest;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.interfaces.rest.JsonbResolver;

/** A report's JSON that came as a multipart part, read and validated as the JSON body would be. */
final class ReportRequests {

    private ReportRequests() {
    }

    static ReportRequest parse(String json, Validator validator) {
        ReportRequest request;
        try {
            request = JsonbResolver.shared().fromJson(json, ReportRequest.class);
        } catch (JsonbException e) {
            throw DomainException.invalid("bad-json", "Phần \"report\" không phải JSON hợp lệ.", "The part \"report\" is not valid JSON.");
        }
        if (request == null) {
            throw DomainException.invalid("missing-report", "Cần gửi nội dung phản ánh.", "A report body is required.");
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
