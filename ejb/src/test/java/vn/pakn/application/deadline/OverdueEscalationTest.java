package vn.pakn.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.notification.NotificationKind;

class OverdueEscalationTest {

    private static final DeadlineMessages.Facts FACTS = new DeadlineMessages.Facts("1234567894", "Ngập nước đường Láng",
            "Công ty Thoát nước", "Drainage Company", Assignment.Role.LEAD, Instant.parse("2026-11-24T03:00:00Z"));

    @Test
    void unitGetsOverdueLeadersGetEscalation() {
        var plan = OverdueEscalation.plan(7, List.of("tp.thoatnuoc", "pho.thoatnuoc", "tp.thoatnuoc"), FACTS,
                Duration.ofMinutes(90));

        assertThat(plan).extracting(OverdueEscalation.Delivery::recipient)
                .containsExactly("unit:7", "user:pho.thoatnuoc", "user:tp.thoatnuoc", "role:LEADER");
        assertThat(plan.get(0).message().kind()).isEqualTo(NotificationKind.OVERDUE);
        assertThat(plan.subList(1, 4)).allMatch(d -> d.message().kind() == NotificationKind.ESCALATION);
    }

    @Test
    void messagesAreVietnameseFirstThenEnglish() {
        var warning = DeadlineMessages.warning(FACTS, Duration.ofMinutes(210));

        assertThat(warning.subject()).isEqualTo("[PAKN] Hồ sơ 123 456 789 4 sắp đến hạn / Case 123 456 789 4 is due soon");
        assertThat(warning.body()).contains("10:00 ngày 24/11/2026", "còn 3 giờ 30 phút làm việc", "3 h 30 min")
                .containsSubsequence("Kính gửi: Công ty Thoát nước", "---", "To: Drainage Company");

        var overdue = DeadlineMessages.overdue(FACTS, Duration.ofMinutes(90));
        assertThat(overdue.subject()).isEqualTo("[PAKN] Hồ sơ 123 456 789 4 đã quá hạn / Case 123 456 789 4 is overdue");
        assertThat(overdue.body()).contains("quá 1 giờ 30 phút làm việc", "Mẫu số 04");
    }
}
