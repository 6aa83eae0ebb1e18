package vn.pakn.interfaces.statistics.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticsExportResourceTest {

    @Test
    void givesTheVietnameseFileNameAsUtf8AndAnAsciiFallback() {
        assertThat(StatisticsExportResource.contentDisposition("Báo cáo PAKN 01-11-2026_30-11-2026.xlsx",
                "bao-cao-pakn_01-11-2026_30-11-2026.xlsx"))
                .isEqualTo("attachment; filename=\"bao-cao-pakn_01-11-2026_30-11-2026.xlsx\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20PAKN%2001-11-2026_30-11-2026.xlsx");
    }
}
