package cn.baishan.enrollment.admission.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppealTest {

    static final Instant NOW = Instant.parse("2027-07-03T02:00:00Z");

    final Appeal appeal = Appeal.file(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "220602",
            "P2027-X",
            "离家太远",
            NOW);

    @Test
    void anUpheldAppealWithASchoolMovesTheChildAndRecordsWhoAndWhy() {
        appeal.decide(AppealStatus.UPHELD, " 住址核实有误 ", "220602003", "admin-220602", NOW);
        assertThat(appeal.status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(appeal.moves()).isTrue();
        assertThat(appeal.reason()).isEqualTo("住址核实有误");
        assertThat(appeal.decidedBy()).isEqualTo("admin-220602");
        assertThat(appeal.decidedAt()).isEqualTo(NOW);
    }

    @Test
    void aDismissalLeavesThePlacement() {
        appeal.decide(AppealStatus.DISMISSED, "录取符合规则", null, "a", NOW);
        assertThat(appeal.moves()).isFalse();
    }

    @Test
    void aDecisionNeedsAReason() {
        assertThatThrownBy(() -> appeal.decide(AppealStatus.DISMISSED, "  ", null, "a", NOW))
                .isInstanceOfSatisfying(AppealException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.isInvalidInput()).isTrue();
                });
        assertThat(appeal.status()).isEqualTo(AppealStatus.FILED);
    }

    @Test
    void aDismissalCannotNameASchool() {
        assertThatThrownBy(() -> appeal.decide(AppealStatus.DISMISSED, "r", "220602003", "a", NOW))
                .isInstanceOfSatisfying(
                        AppealException.class, e -> assertThat(e.field()).isEqualTo("schoolCode"));
    }

    @Test
    void anAppealIsDecidedOnlyOnce() {
        appeal.decide(AppealStatus.DISMISSED, "r", null, "a", NOW);
        assertThatThrownBy(() -> appeal.decide(AppealStatus.UPHELD, "r", "220602003", "a", NOW))
                .isInstanceOfSatisfying(AppealException.class, e -> {
                    assertThat(e.rule()).isEqualTo("appeal-already-decided");
                    assertThat(e.isInvalidInput()).isFalse();
                });
        assertThat(appeal.status()).isEqualTo(AppealStatus.DISMISSED);
    }
}
