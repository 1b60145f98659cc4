package cn.baishan.enrollment.verification.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisputeTest {

    static final Instant NOW = Instant.parse("2027-05-11T08:00:00Z");

    static Dispute open(AuditEntry disputed, String statement) {
        return Dispute.open(
                UUID.randomUUID(),
                UUID.randomUUID(),
                disputed == null ? UUID.randomUUID() : disputed.queryId(),
                null,
                statement,
                "220602",
                disputed,
                List.of(new Dispute.CheckEvidence("REAL_ESTATE", "MISMATCH", "名下无住宅")),
                NOW);
    }

    @Test
    void aDisputeCarriesTheAuditedAnswerItConcerns() {
        AuditEntry entry = AuditChainTest.chainOf(2).entries().get(1);

        Dispute dispute = open(entry, "我家有房产证");

        assertThat(dispute.isOpen()).isTrue();
        assertThat(dispute.auditSequence()).isEqualTo(2);
        assertThat(dispute.auditedAnswer()).isEqualTo(entry.answerSummary());
        assertThat(dispute.department()).isEqualTo(entry.department().name());
        assertThat(dispute.checks()).hasSize(1);
    }

    @Test
    void aDisputeOfAQueryTheLogDoesNotKnowIsStillKeptForStaff() {
        Dispute dispute = open(null, "部门数据有误");

        assertThat(dispute.auditSequence()).isNull();
        assertThat(dispute.auditedAnswer()).isNull();
        assertThat(dispute.districtCode()).isEqualTo("220602");
    }

    @Test
    void anIdNumberTypedIntoTheStatementIsKeptMasked() {
        Dispute dispute = open(null, "父亲身份证220602198803120034名下有房，证号 22060219880312003X 也可查");

        assertThat(dispute.statement())
                .doesNotContain("220602198803120034", "22060219880312003X")
                .contains("2206**********0034", "2206**********003X");
    }

    @Test
    void aDisputeIsDecidedOnceWithAReasonAndWhoDecided() {
        Dispute dispute = open(null, "有误");

        dispute.decide(true, "不动产登记信息已更正", "admin-220602", NOW.plusSeconds(60));

        assertThat(dispute.status()).isEqualTo(Dispute.Status.UPHELD);
        assertThat(dispute.decidedBy()).isEqualTo("admin-220602");
        assertThat(dispute.decidedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> dispute.decide(false, "再议", "admin-220602", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDecisionWithoutAReasonIsRefused() {
        Dispute dispute = open(null, "有误");

        assertThatThrownBy(() -> dispute.decide(false, " ", "admin-220602", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dispute.isOpen()).isTrue();
    }
}
