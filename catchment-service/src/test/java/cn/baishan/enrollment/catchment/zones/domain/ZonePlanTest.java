package cn.baishan.enrollment.catchment.zones.domain;

import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.square;
import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.zone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ZonePlanTest {

    static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z"); // 10:00 in Baishan
    static final Duration NOTICE = Duration.ofDays(30);

    static ZonePlan draft() {
        return ZonePlan.draft(
                UUID.randomUUID(),
                "220602",
                Stage.PRIMARY,
                1,
                List.of(zone("A", square(126.40, 41.93, 0.01), "220602001")),
                "hunjiang-admin",
                NOW);
    }

    @Test
    void aPlanGoesFromDraftThroughEvaluationHearingAndApprovalToPublication() {
        var plan = draft();

        plan.evaluate("适龄儿童 1,240 人，学位 1,260 个，交通便利");
        plan.recordHearing(LocalDate.of(2027, 3, 10), "听证会 23 人参加，多数同意");
        plan.approve("hunjiang-admin", NOW, List.of());
        plan.publish(LocalDate.of(2027, 4, 1), NOW, NOTICE);

        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.hearingRecord()).contains("听证会");
        assertThat(plan.inForceOn(LocalDate.of(2027, 3, 31))).isFalse();
        assertThat(plan.inForceOn(LocalDate.of(2027, 4, 1))).isTrue();
    }

    @Test
    void aPlanCannotTakeEffectBeforeItsNoticePeriodEnds() {
        var plan = draft();
        plan.evaluate("评估");
        plan.approve("a", NOW, List.of());

        assertThatThrownBy(() -> plan.publish(LocalDate.of(2027, 3, 30), NOW, NOTICE))
                .isInstanceOf(PlanTransitionException.class)
                .hasMessageContaining("2027-03-31");
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void stepsCannotBeSkipped() {
        var plan = draft();

        assertThatThrownBy(() -> plan.approve("a", NOW, List.of())).isInstanceOf(PlanTransitionException.class);
        assertThatThrownBy(() -> plan.publish(LocalDate.of(2028, 1, 1), NOW, NOTICE))
                .isInstanceOf(PlanTransitionException.class);
        assertThatThrownBy(() -> plan.recordHearing(LocalDate.of(2027, 3, 10), "x"))
                .isInstanceOf(PlanTransitionException.class);
    }

    @Test
    void aPlanLeavingAPublicSchoolWithoutAZoneIsNotApproved() {
        var plan = draft();
        plan.evaluate("评估");

        assertThatThrownBy(() -> plan.approve("a", NOW, List.of("新城小学（220602009）")))
                .isInstanceOf(PlanTransitionException.class)
                .hasMessageContaining("新城小学");
    }
}
