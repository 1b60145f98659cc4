package cn.baishan.enrollment.catchment.zones.domain;

import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.square;
import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.wkt;
import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.zone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneChecksTest {

    @Test
    void neighbouringZonesSharingAnEdgeAreFine() {
        var problems = ZoneChecks.check(List.of(
                zone("A", square(126.40, 41.93, 0.01), "220602001"),
                zone("B", square(126.41, 41.93, 0.01), "220602002")));

        assertThat(problems).isEmpty();
    }

    @Test
    void aSelfIntersectingPolygonIsRejectedWithWhereItCrosses() {
        var bowTie = wkt("POLYGON((126.40 41.93, 126.42 41.95, 126.42 41.93, 126.40 41.95, 126.40 41.93))");

        var problems = ZoneChecks.check(List.of(zone("A", bowTie, "220602001")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("features[1].geometry");
            assertThat(p.rule()).isEqualTo("valid-polygon");
            assertThat(p.message()).contains("自相交").contains("126.41");
        });
    }

    @Test
    void overlappingZonesAreRejectedNamingBoth() {
        var problems = ZoneChecks.check(List.of(
                zone("A", square(126.40, 41.93, 0.02), "220602001"),
                zone("B", square(126.41, 41.94, 0.02), "220602002")));

        assertThat(problems).extracting(RowProblem::rule).containsExactly("no-overlap");
        assertThat(problems.get(0).message()).contains("A").contains("B");
    }

    @Test
    void schoolCountsMustFitTheZoneTypeAndCodesBeUnique() {
        var single = new Zone(
                "A",
                "A",
                "220602",
                cn.baishan.enrollment.catchment.schools.domain.Stage.PRIMARY,
                ZoneType.SINGLE,
                List.of("220602001", "220602002"),
                square(126.40, 41.93, 0.01),
                List.of());
        var multi = new Zone(
                "A",
                "A",
                "220602",
                cn.baishan.enrollment.catchment.schools.domain.Stage.PRIMARY,
                ZoneType.MULTI,
                List.of("220602003"),
                square(126.50, 41.93, 0.01),
                List.of());

        assertThat(ZoneChecks.check(List.of(single, multi)))
                .extracting(RowProblem::rule)
                .containsExactlyInAnyOrder("single-school", "unique", "multi-school");
    }

    @Test
    void aZoneNeedsAnAreaOrAddressRules() {
        assertThat(ZoneChecks.check(List.of(zone("A", null, "220602001"))))
                .extracting(RowProblem::rule)
                .containsExactly("area-or-rules");
    }
}
