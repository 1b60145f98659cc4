package cn.baishan.enrollment.registration.admission.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.events.admission.AdmissionNoticeIssued;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdmissionResultsListenerTest {

    static AdmissionNoticeIssued event(AdmissionNoticeIssued.Explanation explanation) {
        return new AdmissionNoticeIssued(
                UUID.randomUUID(),
                Instant.parse("2027-07-20T02:00:00Z"),
                AdmissionNoticeIssued.VERSION,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY",
                "P2027-3F9A2C1B7D4E",
                "ADMITTED",
                "220602001",
                "白山市第一实验小学",
                "IN_ZONE",
                explanation,
                LocalDate.parse("2027-07-27"),
                null);
    }

    @Test
    void theNoticeIsTheEventWithItsIdAndTimeAndEveryConsideredSchoolInOrder() {
        var explanation = new AdmissionNoticeIssued.Explanation(
                2,
                "户籍一致",
                "00a1b2c3d4e5f607",
                7,
                List.of(
                        new AdmissionNoticeIssued.Considered("220602002", "IN_ZONE", false, 1, 30),
                        new AdmissionNoticeIssued.Considered("220602001", "IN_ZONE", true, null, null)),
                "理由");
        var event = event(explanation);

        var notice = AdmissionResultsListener.toNotice(event);

        assertThat(notice.id()).isEqualTo(event.eventId());
        assertThat(notice.issuedAt()).isEqualTo(event.occurredAt());
        assertThat(notice.applicationId()).isEqualTo(event.applicationId());
        assertThat(notice.runId()).isEqualTo(event.runId());
        assertThat(notice.appealDeadline()).isEqualTo(LocalDate.parse("2027-07-27"));
        assertThat(notice.explanation().lotteryNumber()).isEqualTo("00a1b2c3d4e5f607");
        assertThat(notice.explanation().considered())
                .extracting(c -> c.schoolCode() + "/" + c.admitted() + "/" + c.cutoffLotteryRank())
                .containsExactly("220602002/false/30", "220602001/true/null");
    }

    @Test
    void aNoticeWithoutExplanationIsMalformed() {
        assertThatThrownBy(() -> AdmissionResultsListener.toNotice(event(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
