package vn.pakn.application.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.category.AttributeChoice;
import vn.pakn.domain.model.category.AttributeDatatype;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.CategoryAttribute;
import vn.pakn.domain.model.category.SlaPolicy;
import vn.pakn.domain.model.shared.DomainException;

class AttributeAnswersTest {

    private final Category water = new Category("CAP_NUOC", "Cấp nước", null, null, SlaPolicy.answeringIn(10));
    private final List<CategoryAttribute> attributes = List.of(
            new CategoryAttribute(water, "MUC_DO", AttributeDatatype.SINGLEVALUELIST, true, true, "Mức độ ảnh hưởng", null, 1,
                    List.of(new AttributeChoice("1", "Một hộ"), new AttributeChoice("2", "Cả khu phố"))),
            new CategoryAttribute(water, "SO_HO", AttributeDatatype.NUMBER, false, true, "Số hộ bị ảnh hưởng", null, 2, List.of()),
            new CategoryAttribute(water, "TU_LUC", AttributeDatatype.DATETIME, false, true, "Mất nước từ lúc nào", null, 3, List.of()),
            new CategoryAttribute(water, "LUU_Y", AttributeDatatype.TEXT, false, false, "Không tự ý sửa ống", null, 4, List.of()));

    @Test
    void writesAnswersInTheCategoryOrderWithTheNamesOfChosenValues() {
        var answers = Map.of("SO_HO", List.of("40"), "MUC_DO", List.of("2"), "TU_LUC", List.of("2026-11-23T06:00:00+07:00"),
                "KHONG_CO", List.of("x"));

        assertThat(AttributeAnswers.asLines(attributes, answers)).isEqualTo("MUC_DO=2\nSO_HO=40\nTU_LUC=2026-11-23T06:00:00+07:00");
        assertThat(AttributeAnswers.readable(attributes, answers))
                .isEqualTo("Mức độ ảnh hưởng: Cả khu phố\nSố hộ bị ảnh hưởng: 40\nMất nước từ lúc nào: 2026-11-23T06:00:00+07:00");
    }

    @Test
    void aMissingRequiredAttributeIsRefusedNamingIt() {
        assertThatThrownBy(() -> AttributeAnswers.asLines(attributes, Map.of("SO_HO", List.of("3"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("MUC_DO").hasMessageContaining("required");
    }

    @Test
    void valuesMustFitTheDatatype() {
        assertThatThrownBy(() -> AttributeAnswers.asLines(attributes, Map.of("MUC_DO", List.of("9"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("no value '9'");
        assertThatThrownBy(() -> AttributeAnswers.asLines(attributes, Map.of("MUC_DO", List.of("1"), "SO_HO", List.of("nhiều"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("number");
        assertThatThrownBy(() -> AttributeAnswers.asLines(attributes, Map.of("MUC_DO", List.of("1", "2"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("one value");
        assertThatThrownBy(() -> AttributeAnswers.asLines(attributes, Map.of("MUC_DO", List.of("1"), "TU_LUC", List.of("hôm qua"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("date-time");
    }

    @Test
    void answersToANoticeAreIgnored() {
        assertThat(AttributeAnswers.asLines(attributes, Map.of("MUC_DO", List.of("1"), "LUU_Y", List.of("ok")))).isEqualTo("MUC_DO=1");
    }
}
