package cn.baishan.enrollment.registration.transparency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisputeTest {

    static final Instant AT = Instant.parse("2027-07-03T10:00:00Z");

    static DepartmentQuery query() {
        return new DepartmentQuery(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                "REAL_ESTATE",
                "核验房产",
                "GUARDIAN",
                "2206**********0034",
                "NOT_FOUND",
                "未查到登记",
                AT);
    }

    @Test
    void aDisputeIsFiledAgainstTheQueryAndItsDepartment() {
        var query = query();

        var dispute = Dispute.file(UUID.randomUUID(), query, "  房产已于2023年登记在父亲名下  ", "parent-1", AT);

        assertThat(dispute.applicationId()).isEqualTo(query.applicationId());
        assertThat(dispute.queryId()).isEqualTo(query.queryId());
        assertThat(dispute.department()).isEqualTo("REAL_ESTATE");
        assertThat(dispute.statement()).isEqualTo("房产已于2023年登记在父亲名下");
        assertThat(dispute.status()).isEqualTo(DisputeStatus.SUBMITTED);
    }

    @Test
    void aStatementOfFewerThanFiveCharactersIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Dispute.file(UUID.randomUUID(), query(), " 有误了 ", "p", AT))
                .isInstanceOfSatisfying(InvalidDisputeException.class, e -> {
                    assertThat(e.field()).isEqualTo("statement");
                    assertThat(e.rule()).isEqualTo("length");
                });
    }

    @Test
    void fiveHundredCharactersAreEnoughAndFiveHundredAndOneTooMany() {
        assertThat(Dispute.file(UUID.randomUUID(), query(), "错".repeat(500), "p", AT)
                        .statement())
                .hasSize(500);
        assertThatThrownBy(() -> Dispute.file(UUID.randomUUID(), query(), "错".repeat(501), "p", AT))
                .isInstanceOf(InvalidDisputeException.class);
    }
}
