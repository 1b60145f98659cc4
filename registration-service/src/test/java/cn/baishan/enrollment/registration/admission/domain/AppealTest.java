package cn.baishan.enrollment.registration.admission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppealTest {

    static final Instant NOW = Instant.parse("2027-07-21T01:00:00Z");
    final AdmissionNotice notice =
            AdmissionNotices.admitted(UUID.randomUUID(), NOW.minusSeconds(86_400), LocalDate.parse("2027-07-27"));

    @Test
    void anAppealIsFiledAgainstTheNoticeAndItsRunAsSubmitted() {
        Appeal appeal = Appeal.file(UUID.randomUUID(), notice, "  孩子户籍在学区内，应优先录取  ", "parent-1", NOW);

        assertThat(appeal.status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(appeal.noticeId()).isEqualTo(notice.id());
        assertThat(appeal.runId()).isEqualTo(notice.runId());
        assertThat(appeal.applicationId()).isEqualTo(notice.applicationId());
        assertThat(appeal.statement()).isEqualTo("孩子户籍在学区内，应优先录取");
        assertThat(appeal.decision()).isNull();
    }

    @Test
    void theStatementIsRequired() {
        for (String empty : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> Appeal.file(UUID.randomUUID(), notice, empty, "parent-1", NOW))
                    .isInstanceOfSatisfying(InvalidAppealException.class, e -> {
                        assertThat(e.field()).isEqualTo("statement");
                        assertThat(e.rule()).isEqualTo("required");
                    });
        }
    }

    @Test
    void theStatementHasAtMostFiveHundredCharactersCountedAsCharactersNotBytes() {
        assertThat(Appeal.file(UUID.randomUUID(), notice, "申".repeat(500), "parent-1", NOW)
                        .statement())
                .hasSize(500);
        assertThat(Appeal.file(UUID.randomUUID(), notice, "理", "parent-1", NOW).statement())
                .isEqualTo("理");
        assertThatThrownBy(() -> Appeal.file(UUID.randomUUID(), notice, "申".repeat(501), "parent-1", NOW))
                .isInstanceOfSatisfying(
                        InvalidAppealException.class, e -> assertThat(e.rule()).isEqualTo("length"));
    }

    @Test
    void afterTheDeadlineDayTheWindowIsClosed() {
        Instant dayAfter = Instant.parse("2027-07-27T16:00:00Z");

        assertThatThrownBy(() -> Appeal.file(UUID.randomUUID(), notice, "理由", "parent-1", dayAfter))
                .isInstanceOfSatisfying(AppealWindowClosedException.class, e -> assertThat(e.deadline())
                        .isEqualTo(LocalDate.parse("2027-07-27")));
    }

    @Test
    void aDecisionUpholdsOrDismissesAndOnlyTheFirstOneCounts() {
        Appeal appeal = Appeal.file(UUID.randomUUID(), notice, "理由", "parent-1", NOW);
        var dismissed = new AppealDecision(AppealStatus.DISMISSED, "材料不足", null, NOW.plusSeconds(60));
        var upheld = new AppealDecision(AppealStatus.UPHELD, "核实无误", "220602002", NOW.plusSeconds(120));

        Appeal decided = appeal.decide(dismissed);

        assertThat(decided.status()).isEqualTo(AppealStatus.DISMISSED);
        assertThat(decided.decision().reason()).isEqualTo("材料不足");
        assertThat(decided.isDecided()).isTrue();
        assertThat(decided.decide(upheld)).isEqualTo(decided);
    }

    @Test
    void aDecisionNeedsAnOutcomeAndAReason() {
        assertThatThrownBy(() -> new AppealDecision(AppealStatus.SUBMITTED, "x", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppealDecision(AppealStatus.UPHELD, " ", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppealDecision.outcome("PARTLY")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AppealDecision.outcome("UPHELD")).isEqualTo(AppealStatus.UPHELD);
        assertThat(AppealDecision.outcome("DISMISSED")).isEqualTo(AppealStatus.DISMISSED);
    }
}
