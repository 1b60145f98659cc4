package cn.baishan.enrollment.registration.admission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdmissionNoticeTest {

    static final UUID APPLICATION = UUID.randomUUID();
    static final Instant ISSUED = Instant.parse("2027-07-20T02:00:00Z");
    static final LocalDate DEADLINE = LocalDate.parse("2027-07-27");

    @Test
    void theAppealWindowIsOpenUntilTheLastMinuteOfTheDeadlineDayInChina() {
        AdmissionNotice notice = AdmissionNotices.admitted(APPLICATION, ISSUED, DEADLINE);

        // 23:59:59 on 27 July in Beijing is 15:59:59 UTC
        assertThat(notice.appealOpenAt(Instant.parse("2027-07-27T15:59:59Z"))).isTrue();
        assertThat(notice.appealOpenAt(Instant.parse("2027-07-27T16:00:00Z"))).isFalse();
        assertThat(notice.appealOpenAt(ISSUED)).isTrue();
    }

    @Test
    void aNoticeWithoutDeadlineCannotBeAppealed() {
        AdmissionNotice notice = AdmissionNotices.admitted(APPLICATION, ISSUED, null);

        assertThat(notice.appealOpenAt(ISSUED)).isFalse();
    }

    @Test
    void aLaterNoticeSupersedesAnEarlierOneButNotTheOtherWayRound() {
        AdmissionNotice first = AdmissionNotices.admitted(APPLICATION, ISSUED, DEADLINE);
        AdmissionNotice reissued = AdmissionNotices.admitted(APPLICATION, ISSUED.plusSeconds(3600), DEADLINE);

        assertThat(reissued.supersedes(first)).isTrue();
        assertThat(first.supersedes(reissued)).isFalse();
        assertThat(first.supersedes(null)).isTrue();
    }

    @Test
    void aNoticeWithoutItsRunOrPublicIdIsMalformed() {
        AdmissionNotice ok = AdmissionNotices.admitted(APPLICATION, ISSUED, DEADLINE);

        assertThatThrownBy(() -> new AdmissionNotice(
                        ok.id(),
                        ok.applicationId(),
                        null,
                        ok.districtCode(),
                        ok.enrollmentYear(),
                        ok.stage(),
                        ok.publicId(),
                        ok.outcome(),
                        ok.schoolCode(),
                        ok.schoolName(),
                        ok.route(),
                        ok.explanation(),
                        ok.appealDeadline(),
                        null,
                        ok.issuedAt()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdmissionNotice(
                        ok.id(),
                        ok.applicationId(),
                        ok.runId(),
                        ok.districtCode(),
                        ok.enrollmentYear(),
                        ok.stage(),
                        " ",
                        ok.outcome(),
                        ok.schoolCode(),
                        ok.schoolName(),
                        ok.route(),
                        ok.explanation(),
                        ok.appealDeadline(),
                        null,
                        ok.issuedAt()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeLongerThanRegistrationStoresOrAConsideredSchoolWithoutPhaseIsMalformedNotRetried() {
        assertThatThrownBy(() -> AdmissionNotices.notice(
                        APPLICATION, "ADMITTED", "2".repeat(21), "某校", "IN_ZONE", ISSUED, DEADLINE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schoolCode");
        assertThatThrownBy(() -> new ConsideredSchool("220602001", null, true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppealDecision(AppealStatus.UPHELD, "理".repeat(1001), null, ISSUED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
