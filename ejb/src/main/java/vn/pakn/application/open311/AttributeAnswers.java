package vn.pakn.application.open311;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pakn.domain.model.category.AttributeChoice;
import vn.pakn.domain.model.category.CategoryAttribute;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.Texts;

/**
 * Checks a client's attribute answers against the category's attributes and writes them as lines for the
 * report: required ones present, numbers numeric, dates ISO-8601, list values among the keys. Codes the
 * category does not ask are ignored (clients send stale forms), as are answers to non-variable attributes.
 */
public final class AttributeAnswers {

    private AttributeAnswers() {
    }

    /** The answers as {@code code=value} lines in the category's order, for the submission record. */
    public static String asLines(List<CategoryAttribute> attributes, Map<String, List<String>> answers) {
        return check(attributes, answers).stream().map(a -> a.attribute().getCode() + "=" + String.join(",", a.values()))
                .collect(Collectors.joining("\n"));
    }

    /** The answers for people to read: "question: answer" lines with the names of chosen list values. */
    public static String readable(List<CategoryAttribute> attributes, Map<String, List<String>> answers) {
        return check(attributes, answers).stream().map(a -> a.attribute().getDescriptionVi() + ": " + a.values().stream()
                .map(v -> nameOf(a.attribute(), v)).collect(Collectors.joining(", "))).collect(Collectors.joining("\n"));
    }

    record Answer(CategoryAttribute attribute, List<String> values) {
    }

    static List<Answer> check(List<CategoryAttribute> attributes, Map<String, List<String>> answers) {
        var result = new ArrayList<Answer>();
        for (CategoryAttribute attribute : attributes) {
            if (!attribute.isVariable()) {
                continue;
            }
            List<String> values = answers.getOrDefault(attribute.getCode(), List.of()).stream()
                    .map(Texts::nfcOrNull).filter(v -> v != null).toList();
            if (values.isEmpty()) {
                if (attribute.isRequired()) {
                    throw invalid(attribute, "missing-attribute", "là bắt buộc", "is required");
                }
                continue;
            }
            if (values.size() > 1 && attribute.getDatatype() != vn.pakn.domain.model.category.AttributeDatatype.MULTIVALUELIST) {
                throw invalid(attribute, "bad-attribute", "chỉ nhận một giá trị", "takes one value");
            }
            values.forEach(v -> checkValue(attribute, v));
            result.add(new Answer(attribute, values));
        }
        return result;
    }

    private static void checkValue(CategoryAttribute attribute, String value) {
        switch (attribute.getDatatype()) {
            case NUMBER -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw invalid(attribute, "bad-attribute", "phải là một số", "must be a number");
                }
            }
            case DATETIME -> {
                if (!isDateTime(value)) {
                    throw invalid(attribute, "bad-attribute", "phải là ngày giờ ISO-8601", "must be an ISO-8601 date-time");
                }
            }
            case SINGLEVALUELIST, MULTIVALUELIST -> {
                if (attribute.getChoices().stream().noneMatch(c -> c.key().equals(value))) {
                    throw invalid(attribute, "bad-attribute", "không có giá trị '" + value + "'", "has no value '" + value + "'");
                }
            }
            case STRING, TEXT -> {
                if (value.length() > 2000) {
                    throw invalid(attribute, "bad-attribute", "dài quá 2000 ký tự", "is longer than 2000 characters");
                }
            }
        }
    }

    private static boolean isDateTime(String value) {
        for (var parser : List.<java.util.function.Consumer<String>>of(OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse)) {
            try {
                parser.accept(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static String nameOf(CategoryAttribute attribute, String value) {
        return attribute.getChoices().stream().filter(c -> c.key().equals(value)).map(AttributeChoice::nameVi).findFirst().orElse(value);
    }

    private static DomainException invalid(CategoryAttribute a, String code, String vi, String en) {
        return DomainException.invalid(code, "Thuộc tính " + a.getCode() + " (" + a.getDescriptionVi() + ") " + vi + ".",
                "Attribute " + a.getCode() + " " + en + ".");
    }
}
