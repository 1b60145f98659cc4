package cn.baishan.enrollment.catchment.zones.domain;

import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.square;
import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.wkt;
import static cn.baishan.enrollment.catchment.zones.domain.ZoneFixtures.zone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ZoneDirectoryTest {

    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    static ZonePlan published(int version, LocalDate effectiveFrom, List<Zone> zones) {
        var plan = ZonePlan.draft(UUID.randomUUID(), "220602", Stage.PRIMARY, version, zones, "admin", NOW);
        plan.evaluate("评估");
        plan.approve("admin", NOW, List.of());
        plan.publish(effectiveFrom, NOW, Duration.ofDays(30));
        return plan;
    }

    static Zone withRule(Zone zone, AddressRule rule) {
        return zone.withRules(List.of(rule));
    }

    final Zone a = withRule(
            zone("A", square(126.40, 41.93, 0.01), "220602001"), AddressRule.compound("红旗街道", "东兴社区", "春城小区", null));
    final Zone b =
            withRule(zone("B", square(126.41, 41.93, 0.01), "220602002"), AddressRule.road("浑江大街", 1, 199, Parity.ODD));
    final ZonePlan v1 = published(1, LocalDate.of(2027, 1, 1), List.of(a, b));

    @Test
    void aPointInsideAZoneFindsItsSchool() {
        var found = ZoneDirectory.of(List.of(v1)).locate(126.405, 41.935, Stage.PRIMARY, LocalDate.of(2027, 5, 1));

        assertThat(found).map(l -> l.zone().code()).contains("A");
    }

    @Test
    void aPointOnTheSharedEdgeBelongsToExactlyOneZoneTheFirstListed() {
        var directory = ZoneDirectory.of(List.of(v1));

        assertThat(directory.locate(126.41, 41.935, Stage.PRIMARY, LocalDate.of(2027, 5, 1)))
                .map(l -> l.zone().code())
                .contains("A");
        assertThat(directory.locate(126.41, 41.93, Stage.PRIMARY, LocalDate.of(2027, 5, 1)))
                .as("a shared vertex")
                .map(l -> l.zone().code())
                .contains("A");
        assertThat(directory.locate(126.42, 41.935, Stage.PRIMARY, LocalDate.of(2027, 5, 1)))
                .as("an outer edge belongs to its zone")
                .map(l -> l.zone().code())
                .contains("B");
    }

    @Test
    void holesAndMultiPolygonsAreRespected() {
        var ring = zone(
                "R",
                wkt("POLYGON((126.40 41.93, 126.44 41.93, 126.44 41.97, 126.40 41.97, 126.40 41.93),"
                        + " (126.41 41.94, 126.43 41.94, 126.43 41.96, 126.41 41.96, 126.41 41.94))"),
                "220602001");
        var islands = zone(
                "M",
                wkt("MULTIPOLYGON(((126.50 41.93, 126.51 41.93, 126.51 41.94, 126.50 41.94, 126.50 41.93)),"
                        + " ((126.52 41.93, 126.53 41.93, 126.53 41.94, 126.52 41.94, 126.52 41.93)))"),
                "220602002");
        var directory = ZoneDirectory.of(List.of(published(1, LocalDate.of(2027, 1, 1), List.of(ring, islands))));
        LocalDate day = LocalDate.of(2027, 5, 1);

        assertThat(directory.locate(126.42, 41.95, Stage.PRIMARY, day))
                .as("in the hole")
                .isEmpty();
        assertThat(directory.locate(126.405, 41.95, Stage.PRIMARY, day))
                .map(l -> l.zone().code())
                .contains("R");
        assertThat(directory.locate(126.525, 41.935, Stage.PRIMARY, day))
                .map(l -> l.zone().code())
                .contains("M");
        assertThat(directory.locate(126.515, 41.935, Stage.PRIMARY, day))
                .as("between the islands")
                .isEmpty();
    }

    @Test
    void aLookupOnADateUsesTheVersionInForceThatDay() {
        var widerB = withRule(
                zone("B2", square(126.40, 41.93, 0.02), "220602002"), AddressRule.compound(null, null, "春城小区", null));
        var v2 = published(2, LocalDate.of(2027, 9, 1), List.of(widerB));
        var directory = ZoneDirectory.of(List.of(v1, v2));

        assertThat(directory.locate(126.405, 41.935, Stage.PRIMARY, LocalDate.of(2027, 8, 31)))
                .map(l -> l.zone().code())
                .contains("A");
        assertThat(directory.locate(126.405, 41.935, Stage.PRIMARY, LocalDate.of(2027, 9, 1)))
                .map(l -> l.zone().code())
                .contains("B2");
        assertThat(directory.locate(126.405, 41.935, Stage.PRIMARY, LocalDate.of(2026, 12, 31)))
                .as("before any version")
                .isEmpty();
        assertThat(directory.locate(126.405, 41.935, Stage.JUNIOR, LocalDate.of(2027, 8, 31)))
                .isEmpty();
    }

    @Test
    void addressesMatchByCompoundOrRoadAndExplainWhenTheyCannot() {
        var directory = ZoneDirectory.of(List.of(v1));
        LocalDate day = LocalDate.of(2027, 5, 1);

        assertThat(directory.match("白山市浑江区红旗街道东兴社区春城小区3栋2单元101号", Stage.PRIMARY, day))
                .satisfies(m -> {
                    assertThat(m.outcome()).isEqualTo(AddressMatch.Outcome.MATCHED);
                    assertThat(m.candidates()).extracting(l -> l.zone().code()).containsExactly("A");
                });
        assertThat(directory.match("浑江区浑江大街15号", Stage.PRIMARY, day).candidates())
                .extracting(l -> l.zone().code())
                .containsExactly("B");
        assertThat(directory.match("浑江区浑江大街16号", Stage.PRIMARY, day).outcome())
                .as("even number, odd-only rule")
                .isEqualTo(AddressMatch.Outcome.UNMATCHED);
        assertThat(directory.match("浑江区某某", Stage.PRIMARY, day)).satisfies(m -> {
            assertThat(m.outcome()).isEqualTo(AddressMatch.Outcome.UNMATCHED);
            assertThat(m.explanation()).contains("小区");
        });
    }

    @Test
    void aMatchedAddressHasThePositionOfTheRuleThatMatchedIt() {
        var placed = withRule(
                zone("P", square(126.40, 41.93, 0.01), "220602001"),
                AddressRule.compound("红旗街道", "东兴社区", "春城小区", null).at(new GeoPoint(126.4051, 41.9352)));
        var directory = ZoneDirectory.of(List.of(published(1, LocalDate.of(2027, 1, 1), List.of(placed, b))));
        LocalDate day = LocalDate.of(2027, 5, 1);

        assertThat(directory.match("浑江区红旗街道东兴社区春城小区3栋", Stage.PRIMARY, day).location())
                .isEqualTo(new GeoPoint(126.4051, 41.9352));
        assertThat(directory.match("浑江区浑江大街15号", Stage.PRIMARY, day))
                .as("matched by a rule without a position")
                .satisfies(m -> {
                    assertThat(m.outcome()).isEqualTo(AddressMatch.Outcome.MATCHED);
                    assertThat(m.location()).isNull();
                });
        assertThat(directory.match("浑江区浑江大街16号", Stage.PRIMARY, day).location())
                .as("unmatched")
                .isNull();
    }

    @Test
    void anAmbiguousAddressHasNoPositionEvenWhenTheRulesHaveOne() {
        var here = AddressRule.compound(null, null, "春城小区", null).at(new GeoPoint(126.405, 41.935));
        var one = withRule(zone("A1", square(126.40, 41.93, 0.01), "220602001"), here);
        var two = withRule(zone("C", square(126.60, 41.93, 0.01), "220602003"), here);
        var directory = ZoneDirectory.of(List.of(published(1, LocalDate.of(2027, 1, 1), List.of(one, two))));

        var match = directory.match("浑江区春城小区1栋", Stage.PRIMARY, LocalDate.of(2027, 5, 1));

        assertThat(match.outcome()).isEqualTo(AddressMatch.Outcome.AMBIGUOUS);
        assertThat(match.location()).isNull();
    }

    @Test
    void anAddressTwoRulesClaimIsAmbiguousNotGuessed() {
        var other = withRule(
                zone("C", square(126.60, 41.93, 0.01), "220602003"), AddressRule.compound(null, null, "春城小区", null));
        var directory = ZoneDirectory.of(List.of(published(1, LocalDate.of(2027, 1, 1), List.of(a, other))));

        var match = directory.match("浑江区春城小区1栋", Stage.PRIMARY, LocalDate.of(2027, 5, 1));

        assertThat(match.outcome()).isEqualTo(AddressMatch.Outcome.AMBIGUOUS);
        assertThat(match.candidates()).hasSize(2);
    }
}
