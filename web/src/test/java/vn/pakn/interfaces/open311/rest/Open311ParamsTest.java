package vn.pakn.interfaces.open311.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.shared.DomainException;

class Open311ParamsTest {

    @Test
    void readsTheFormAsClientsSendItWithAttributesAndEmptyFieldsAsAbsent() {
        var p = new MultivaluedHashMap<String, String>();
        p.add("service_code", "CAP_NUOC");
        p.add("lat", " 21.0285 ");
        p.add("long", "105.8542");
        p.add("email", "");
        p.add("attribute[MUC_DO]", "2");
        p.add("attribute[LOAI][]", "a");
        p.add("attribute[LOAI][]", "b");
        p.add("jurisdiction_id", "hailong.gov.vn");

        var form = Open311Params.form(p);

        assertThat(form.serviceCode()).isEqualTo("CAP_NUOC");
        assertThat(form.lat()).isEqualTo("21.0285");
        assertThat(form.email()).isNull();
        assertThat(form.attributes()).containsEntry("MUC_DO", List.of("2")).containsEntry("LOAI", List.of("a", "b"));
    }

    @Test
    void listsAreCommaSeparatedAndStatusIsOpenOrClosed() {
        var p = new MultivaluedHashMap<String, String>();
        p.add("service_request_id", "1234567890, 9876543210");
        p.add("service_code", "CAP_NUOC,MOI_TRUONG");
        p.add("status", "Open");

        var filter = Open311Params.filter(p);

        assertThat(filter.ids()).containsExactly("1234567890", "9876543210");
        assertThat(filter.serviceCodes()).containsExactly("CAP_NUOC", "MOI_TRUONG");
        assertThat(filter.statuses()).containsExactly("open");

        p.putSingle("status", "pending");
        assertThatThrownBy(() -> Open311Params.filter(p)).isInstanceOf(DomainException.class).hasMessageContaining("open or closed");
    }

    @Test
    void datesAreW3cWithOffsetOrVietnamTimeWithout() {
        assertThat(Open311Params.date("2026-11-20T08:00:00+07:00", "start_date", false)).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(Open311Params.date("2026-11-20T01:00:00Z", "start_date", false)).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(Open311Params.date("2026-11-20T08:00:00", "start_date", false)).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(Open311Params.date("2026-11-20", "start_date", false)).isEqualTo(Instant.parse("2026-11-19T17:00:00Z"));
        assertThat(Open311Params.date("2026-11-20", "end_date", true)).isEqualTo(Instant.parse("2026-11-20T16:59:59.999999999Z"));
        assertThatThrownBy(() -> Open311Params.date("20/11/2026", "end_date", true)).isInstanceOf(DomainException.class)
                .hasMessageContaining("end_date");
    }

    @Test
    void refusesAStartAfterTheEnd() {
        var p = new MultivaluedHashMap<String, String>();
        p.add("start_date", "2026-11-21");
        p.add("end_date", "2026-11-20");
        assertThatThrownBy(() -> Open311Params.filter(p)).isInstanceOf(DomainException.class).hasMessageContaining("before");
    }
}
