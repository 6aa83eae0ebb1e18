package vn.pakn.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.identity.Role;

class RecipientsTest {

    @Test
    void logFormHidesPeople() {
        assertThat(Recipients.forLog(Recipients.unit(7))).isEqualTo("unit:7");
        assertThat(Recipients.forLog(Recipients.role(Role.LEADER))).isEqualTo("role:LEADER");
        assertThat(Recipients.forLog(Recipients.user("nguyen.van.an"))).isEqualTo("user:***");
        assertThat(Recipients.forLog("an.nguyen@example.vn")).isEqualTo("e-mail ***");
        assertThat(Recipients.forLog("+84912345678")).isEqualTo("09xx xxx 678");
        assertThat(Recipients.forLog("Nguyễn Văn An")).isEqualTo("***");
        assertThat(Recipients.forLog(null)).isEqualTo("-");
    }
}
