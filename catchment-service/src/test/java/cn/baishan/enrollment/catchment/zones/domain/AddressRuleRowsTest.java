package cn.baishan.enrollment.catchment.zones.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressRuleRowsTest {

    static Map<String, String> compound(String name, String lon, String lat) {
        Map<String, String> row = new HashMap<>();
        row.put("zoneCode", "Z1");
        row.put("street", "红旗街道");
        row.put("community", "东兴社区");
        row.put("compound", name);
        row.put("lon", lon);
        row.put("lat", lat);
        return row;
    }

    @Test
    void aRuleKeepsItsPositionAndARuleWithoutCoordinatesHasNone() {
        var result = AddressRuleRows.parse(
                List.of(compound("春城小区", "126.4051", "41.9352"), compound("江城小区", "", "")), Set.of("Z1"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.byZone().get("Z1"))
                .extracting(AddressRule::location)
                .containsExactly(new GeoPoint(126.4051, 41.9352), null);
    }

    @Test
    void everyBadPositionIsReportedAndNoRuleOfThoseRowsIsKept() {
        var result = AddressRuleRows.parse(
                List.of(
                        compound("甲小区", "126.4", ""),
                        compound("乙小区", "东经126", "41.9"),
                        compound("丙小区", "41.93", "126.40"),
                        compound("丁小区", "126.40", "41.93")),
                Set.of("Z1"));

        assertThat(result.problems())
                .extracting(RowProblem::row, RowProblem::column, RowProblem::rule)
                .containsExactly(
                        tuple(1, "lat", "both-coordinates"), tuple(2, "lon", "number"), tuple(3, "lon", "in-baishan"));
        assertThat(result.byZone().get("Z1")).extracting(AddressRule::compound).containsExactly("丁小区");
    }
}
