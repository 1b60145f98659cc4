package cn.baishan.enrollment.registration.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationWindowTest {

    static final Instant OPENS = Instant.parse("2027-07-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-07-15T09:00:00Z");

    static final RegistrationWindow JULY =
            new RegistrationWindow("220602", 2027, Stage.PRIMARY_GRADE_1, OPENS, CLOSES, true);

    @Test
    void theWindowIsOpenFromItsOpeningUntilJustBeforeItsClosing() {
        assertThat(JULY.isOpenAt(OPENS.minusSeconds(1))).isFalse();
        assertThat(JULY.isOpenAt(OPENS)).isTrue();
        assertThat(JULY.isOpenAt(CLOSES.minusSeconds(1))).isTrue();
        assertThat(JULY.isOpenAt(CLOSES)).isFalse();
    }

    @Test
    void theWindowIsDescribedInBeijingTime() {
        assertThat(JULY.describe()).isEqualTo("2027年7月1日 08:00 至 2027年7月15日 17:00（北京时间）");
    }

    @Test
    void aWindowMustCloseAfterItOpens() {
        assertThatThrownBy(() -> new RegistrationWindow("220602", 2027, Stage.PRIMARY_GRADE_1, CLOSES, OPENS, true))
                .isInstanceOf(InvalidApplicationException.class);
    }
}
