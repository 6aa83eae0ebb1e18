package vn.pakn.interfaces.open311.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class Open311FormatTest {

    @Test
    void extensionDecidesOverAccept() {
        assertThat(Open311Format.of("services.json", List.of(MediaType.TEXT_XML_TYPE))).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.of("services.XML", List.of(MediaType.APPLICATION_JSON_TYPE))).isEqualTo(Open311Format.XML);
    }

    @Test
    void withoutExtensionAcceptDecidesAndXmlIsTheDefault() {
        assertThat(Open311Format.of("services", List.of(MediaType.APPLICATION_JSON_TYPE))).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.of("services", List.of(MediaType.APPLICATION_XML_TYPE))).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.of("services", List.of(MediaType.WILDCARD_TYPE))).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.of("services", List.of())).isEqualTo(Open311Format.XML);
    }

    @Test
    void contentTypesAreTheSpecsWithUtf8() {
        assertThat(Open311Format.XML.contentType()).isEqualTo("text/xml; charset=utf-8");
        assertThat(Open311Format.JSON.contentType()).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void stripsOnlyTheFormatExtension() {
        assertThat(Open311Format.stripExtension("1234567890.json")).isEqualTo("1234567890");
        assertThat(Open311Format.stripExtension("CAP_NUOC.xml")).isEqualTo("CAP_NUOC");
        assertThat(Open311Format.stripExtension("GIAO.THONG")).isEqualTo("GIAO.THONG");
    }
}
