package vn.pakn.interfaces.open311.rest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.shared.DomainException;

class Open311SettingsTest {

    @Test
    void anyJurisdictionIsAcceptedWhenNoneIsConfigured() {
        var settings = new Open311Settings();
        settings.jurisdictions = Optional.empty();

        assertThatCode(() -> settings.checkJurisdiction("sfgov.org")).doesNotThrowAnyException();
    }

    @Test
    void anUnknownJurisdictionIsNotFoundWhenTheServedOnesAreListed() {
        var settings = new Open311Settings();
        settings.jurisdictions = Optional.of("hailong.gov.vn, pakn.hailong.gov.vn");

        assertThatCode(() -> settings.checkJurisdiction("HaiLong.gov.vn")).doesNotThrowAnyException();
        assertThatCode(() -> settings.checkJurisdiction(null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> settings.checkJurisdiction("sfgov.org")).isInstanceOf(DomainException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
}
