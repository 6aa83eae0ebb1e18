package vn.pakn.application.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.shared.DomainException;

/** The case list's page cursor survives the round trip through the query string to the microsecond. */
class CaseCursorTest {

    @Test
    void aCursorReadsBackAsWritten() {
        var cursor = new CaseCursor(Instant.parse("2026-11-23T02:15:00.123456Z"), 812_345L);
        assertThat(cursor.toString()).isEqualTo("2026-11-23T02:15:00.123456Z_812345");
        assertThat(CaseCursor.parse(cursor.toString())).isEqualTo(cursor);
        assertThat(CaseCursor.parse("2026-11-23T02:15:00Z_7")).isEqualTo(new CaseCursor(Instant.parse("2026-11-23T02:15:00Z"), 7));
    }

    @Test
    void rejectsTextThatIsNotACursorWithAProblemInBothLanguages() {
        for (String bad : new String[] {"812345", "2026-11-23_812345", "2026-11-23T02:15:00Z_x", "_5"}) {
            assertThatThrownBy(() -> CaseCursor.parse(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageContaining(bad);
        }
    }
}
