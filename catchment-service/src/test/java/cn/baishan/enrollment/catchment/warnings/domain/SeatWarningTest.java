package cn.baishan.enrollment.catchment.warnings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import cn.baishan.enrollment.catchment.schools.domain.Intake;
import cn.baishan.enrollment.catchment.schools.domain.Ownership;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.PlanTransitionException;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZoneType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatWarningTest {

    static final WarningThresholds THRESHOLDS = new WarningThresholds(0.9, 1.0, 1.2);

    static School school(String code, int seats) {
        return new School(
                code,
                code,
                "220602",
                Ownership.PUBLIC,
                new GeoPoint(126.42, 41.94),
                List.of(new Intake(Stage.PRIMARY, seats / 45, seats)),
                "",
                "");
    }

    @Test
    void levelsFollowTheConfiguredRatios() {
        assertThat(THRESHOLDS.level(80, 100)).isEqualTo(WarningLevel.NONE);
        assertThat(THRESHOLDS.level(90, 100)).isEqualTo(WarningLevel.YELLOW);
        assertThat(THRESHOLDS.level(100, 100)).isEqualTo(WarningLevel.ORANGE);
        assertThat(THRESHOLDS.level(120, 100)).isEqualTo(WarningLevel.RED);
        assertThat(THRESHOLDS.level(1, 0)).isEqualTo(WarningLevel.RED);
    }

    @Test
    void aMultiSchoolZonesChildrenAreSharedBySeats() {
        var zone = new Zone("Z", "Z", "220602", Stage.PRIMARY, ZoneType.MULTI, List.of("A", "B"), null, List.of());

        var assessments = DemandForecast.assess(
                List.of(zone),
                Map.of("A", school("A", 270), "B", school("B", 90)),
                Map.of("Z", 400),
                Map.of("Z", 380),
                Stage.PRIMARY,
                2027,
                THRESHOLDS);

        assertThat(assessments).extracting(SeatAssessment::demand).containsExactly(300, 100);
        assertThat(assessments).extracting(SeatAssessment::level).containsOnly(WarningLevel.ORANGE);
    }

    @Test
    void applicationsBeyondTheCensusRaiseTheDemand() {
        var zone = new Zone("Z", "Z", "220602", Stage.PRIMARY, ZoneType.SINGLE, List.of("A"), null, List.of());

        var assessment = DemandForecast.assess(
                        List.of(zone),
                        Map.of("A", school("A", 270)),
                        Map.of("Z", 200),
                        Map.of("Z", 300),
                        Stage.PRIMARY,
                        2027,
                        THRESHOLDS)
                .get(0);

        assertThat(assessment.demand()).isEqualTo(300);
        assertThat(assessment.level()).isEqualTo(WarningLevel.ORANGE);
    }

    @Test
    void aWarningIsActiveFromItsStartUntilItIsLifted() {
        var warning = SeatWarning.issue(
                UUID.randomUUID(),
                "220602001",
                "220602",
                Stage.PRIMARY,
                2027,
                WarningLevel.RED,
                LocalDate.of(2027, 1, 1),
                "公告",
                Instant.now());

        assertThat(warning.activeOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(warning.activeOn(LocalDate.of(2027, 1, 1))).isTrue();
        warning.lift(LocalDate.of(2027, 9, 1), "解除公告");
        assertThat(warning.activeOn(LocalDate.of(2027, 8, 31))).isTrue();
        assertThat(warning.activeOn(LocalDate.of(2027, 9, 1))).isFalse();
        assertThatThrownBy(() -> warning.lift(LocalDate.of(2027, 10, 1), "再次解除"))
                .isInstanceOf(PlanTransitionException.class);
    }

    @Test
    void aWarningNeedsALevelAndAnAnnouncement() {
        assertThatThrownBy(() -> SeatWarning.issue(
                        UUID.randomUUID(),
                        "s",
                        "220602",
                        Stage.PRIMARY,
                        2027,
                        WarningLevel.NONE,
                        LocalDate.of(2027, 1, 1),
                        "公告",
                        Instant.now()))
                .isInstanceOf(PlanTransitionException.class);
        assertThatThrownBy(() -> SeatWarning.issue(
                        UUID.randomUUID(),
                        "s",
                        "220602",
                        Stage.PRIMARY,
                        2027,
                        WarningLevel.RED,
                        LocalDate.of(2027, 1, 1),
                        " ",
                        Instant.now()))
                .isInstanceOf(PlanTransitionException.class);
    }
}
