package vn.pakn.application.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.SlaPolicy;
import vn.pakn.domain.model.shared.DomainException;

/** How a POSTed form is read: coordinates as strings, contact details that are left out rather than refused. */
class GeoReportRulesTest {

    @Test
    void coordinatesAreReadFromStringsWithADotOrAComma() {
        assertThat(GeoReport.coordinate(" 21.0285 ", "lat")).isEqualTo(21.0285);
        assertThat(GeoReport.coordinate("105,8542", "long")).isEqualTo(105.8542);
        assertThat(GeoReport.coordinate("", "lat")).isNull();
        assertThatThrownBy(() -> GeoReport.coordinate("bắc", "lat")).isInstanceOf(DomainException.class).hasMessageContaining("lat");
        assertThatThrownBy(() -> GeoReport.coordinate("NaN", "long")).isInstanceOf(DomainException.class);
    }

    @Test
    void aPhoneOrEmailThatCannotBeUsedIsLeftOut() {
        assertThat(GeoReport.contactPhone("0912 345 678")).isEqualTo("0912 345 678");
        assertThat(GeoReport.contactPhone("call me maybe")).isNull();
        assertThat(GeoReport.contactEmail("an@example.vn")).isEqualTo("an@example.vn");
        assertThat(GeoReport.contactEmail("an at example")).isNull();
    }

    @Test
    void theDescriptionCarriesTheAttributeAnswersAndFallsBackToTheServiceName() {
        var water = new Category("CAP_NUOC", "Cấp nước", null, null, SlaPolicy.answeringIn(10));

        assertThat(GeoReport.description(water, "Vỡ ống", "Mức độ: Cả khu phố")).isEqualTo("Vỡ ống\n\nThông tin bổ sung:\nMức độ: Cả khu phố");
        assertThat(GeoReport.description(water, "  ", "")).isEqualTo("Cấp nước");
    }
}
