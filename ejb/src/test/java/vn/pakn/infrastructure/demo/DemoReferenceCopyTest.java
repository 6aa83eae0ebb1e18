package vn.pakn.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.calendar.HolidayCsv;

/** The classpath copy of the holiday table and the demo-user document agree with their sources. */
class DemoReferenceCopyTest {

    private static final Path SOURCE = Path.of("..", "src", "reference", "holidays", "vn-2026-2027.csv");
    private static final Path USERS_DOC = Path.of("..", "src", "docs", "demo-users.md");

    @Test
    void holidayCopyHasTheSameRowsAsTheSource() throws IOException {
        assumeTrue(Files.exists(SOURCE), "run from the ejb module of the reactor");
        try (var reader = Files.newBufferedReader(SOURCE, StandardCharsets.UTF_8)) {
            assertThat(DemoDataWriter.holidayRows()).isEqualTo(HolidayCsv.read(reader));
        }
    }

    @Test
    void everyDemoUserIsDocumented() throws IOException {
        assumeTrue(Files.exists(USERS_DOC), "run from the ejb module of the reactor");
        String doc = Files.readString(USERS_DOC, StandardCharsets.UTF_8);
        assertThat(doc).contains(DemoUsers.PASSWORD);
        DemoUsers.users().forEach(u -> assertThat(doc).as(u.username()).contains("`" + u.username() + "`"));
    }
}
