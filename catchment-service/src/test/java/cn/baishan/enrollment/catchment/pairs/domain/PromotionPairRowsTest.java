package cn.baishan.enrollment.catchment.pairs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import cn.baishan.enrollment.catchment.schools.domain.Intake;
import cn.baishan.enrollment.catchment.schools.domain.Ownership;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromotionPairRowsTest {

    static School school(String code, String district, Ownership ownership, Stage... stages) {
        return new School(
                code,
                code,
                district,
                ownership,
                new GeoPoint(126.42, 41.94),
                java.util.Arrays.stream(stages).map(s -> new Intake(s, 4, 180)).toList(),
                "",
                "");
    }

    static final Map<String, School> SCHOOLS = Map.of(
            "220602001", school("220602001", "220602", Ownership.PUBLIC, Stage.PRIMARY),
            "220602002", school("220602002", "220602", Ownership.PUBLIC, Stage.PRIMARY),
            "220602101", school("220602101", "220602", Ownership.PUBLIC, Stage.JUNIOR),
            "220602201", school("220602201", "220602", Ownership.PUBLIC, Stage.PRIMARY, Stage.JUNIOR),
            "220602901", school("220602901", "220602", Ownership.PRIVATE, Stage.JUNIOR),
            "220681101", school("220681101", "220681", Ownership.PUBLIC, Stage.JUNIOR));

    static Map<String, String> row(String primary, String junior) {
        return Map.of("primarySchoolCode", primary, "juniorSchoolCode", junior, "note", "强弱搭配");
    }

    @Test
    void primarySchoolsPairWithJuniorSchoolsOfTheirDistrictAndANineYearSchoolWithItself() {
        var result = PromotionPairRows.parse(
                List.of(row("220602001", "220602101"), row("220602002", "220602101"), row("220602201", "220602201")),
                SCHOOLS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.pairs()).hasSize(3).allMatch(p -> p.note().equals("强弱搭配"));
    }

    @Test
    void privateWrongStageOtherDistrictAndSecondPairsAreRefusedTogether() {
        var result = PromotionPairRows.parse(
                List.of(
                        row("220602001", "220602901"),
                        row("220602101", "220602101"),
                        row("220602002", "220681101"),
                        row("220602001", "220602101"),
                        row("220602001", "220602201")),
                SCHOOLS);

        assertThat(result.pairs()).isEmpty();
        assertThat(result.problems())
                .extracting(RowProblem::row, RowProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "public-junior"),
                        org.assertj.core.groups.Tuple.tuple(2, "public-primary"),
                        org.assertj.core.groups.Tuple.tuple(3, "same-district"),
                        org.assertj.core.groups.Tuple.tuple(5, "one-pair"));
    }
}
