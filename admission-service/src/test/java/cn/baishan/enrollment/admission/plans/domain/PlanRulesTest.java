package cn.baishan.enrollment.admission.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    @Test
    void aBlankClassSizeCapIsTheStandardOfTheStage() {
        assertThat(new PlanFigures(6, null, 270, null).resolved(Stage.PRIMARY))
                .isEqualTo(new PlanFigures(6, 45, 270, 0));
        assertThat(new PlanFigures(6, null, 300, 2).resolved(Stage.JUNIOR)).isEqualTo(new PlanFigures(6, 50, 300, 2));
    }

    @Test
    void aClassSizeCapOf56OrMoreIsASuperLargeClassAndForbidden() {
        assertThat(new PlanFigures(6, 55, 330, 0).problems(Stage.JUNIOR)).isEmpty();
        assertThat(new PlanFigures(6, 56, 330, 0).problems(Stage.JUNIOR))
                .extracting(PlanProblem::field, PlanProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("classSizeCap", "max-55"));
        assertThat(new PlanFigures(6, 0, 0, 0).problems(Stage.JUNIOR))
                .extracting(PlanProblem::rule)
                .containsExactly("range");
    }

    @Test
    void seatsMayNotExceedClassesTimesTheCap() {
        assertThat(new PlanFigures(6, null, 270, 0).problems(Stage.PRIMARY)).isEmpty();
        assertThat(new PlanFigures(6, null, 271, 0).problems(Stage.PRIMARY))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("seats");
                    assertThat(p.rule()).isEqualTo("class-size-cap");
                    assertThat(p.message()).contains("6×45=270");
                });
    }

    @Test
    void reservedSeatsLieBetweenZeroAndTheSeats() {
        assertThat(new PlanFigures(6, null, 270, 270).problems(Stage.PRIMARY)).isEmpty();
        assertThat(new PlanFigures(6, null, 270, 271).problems(Stage.PRIMARY))
                .extracting(PlanProblem::rule)
                .containsExactly("within-seats");
        assertThat(new PlanFigures(6, null, 270, -1).problems(Stage.PRIMARY))
                .extracting(PlanProblem::rule)
                .containsExactly("range");
    }

    @Test
    void missingClassesAndSeatsAreBothNamed() {
        assertThat(new PlanFigures(null, null, null, null).problems(Stage.PRIMARY))
                .extracting(PlanProblem::field)
                .containsExactly("classes", "seats");
    }

    @Test
    void aPlanCannotBeBuiltFromFiguresThatBreakTheRules() {
        var key = new PlanKey("220602001", 2027, Stage.PRIMARY);
        assertThatThrownBy(() -> new Plan(key, "220602", 6, 45, 300, 0, "x", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Plan.of(key, "220602", new PlanFigures(6, null, 270, 3), "x", Instant.EPOCH)
                        .capacity())
                .isEqualTo(267);
    }

    @Test
    void everyBadRowOfASheetIsReportedAtOnceAndGoodRowsStillComeBack() {
        var result = PlanRows.parse(List.of(
                row("220602001", "2027", "PRIMARY", "6", "45", "270", "1"),
                row("22060200X", "2027", "PRIMARY", "6", "56", "270", ""),
                row("220602003", "", "小学", "6", "", "271", "0"),
                row("220602001", "2027", "PRIMARY", "6", "", "200", "0"),
                row("220602004", "2027", "SENIOR", "x", "", "100", "0")));

        assertThat(result.drafts())
                .extracting(PlanRows.Draft::row, d -> d.key().schoolCode())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "220602001"));
        assertThat(result.problems())
                .extracting(p -> p.row() + "." + p.field() + ":" + p.rule())
                .containsExactlyInAnyOrder(
                        "2.schoolCode:format",
                        "2.classSizeCap:max-55",
                        "3.enrollmentYear:required",
                        "3.seats:class-size-cap",
                        "4.schoolCode:unique",
                        "5.stage:enum",
                        "5.classes:integer");
    }

    @Test
    void anEmptySheetIsAProblem() {
        assertThat(PlanRows.parse(List.of()).problems())
                .extracting(PlanProblem::rule)
                .containsExactly("not-empty");
    }

    @Test
    void theDistrictScopeHoldsItsOwnSchoolsAndTheSchoolsItsZonesUse() {
        var own = new CatalogSchool("220602001", "一小", "220602", java.util.Set.of(Stage.PRIMARY), 0, 0);
        var city = new CatalogSchool("220600001", "实验小学", "220600", java.util.Set.of(Stage.PRIMARY), 0, 0);
        var other = new CatalogSchool("220681001", "临江一小", "220681", java.util.Set.of(Stage.PRIMARY), 0, 0);
        var junior = new CatalogSchool("220602024", "一中", "220602", java.util.Set.of(Stage.JUNIOR), 0, 0);
        var zones = List.of(new CatalogZone("220602-P-02", "220602", Stage.PRIMARY, "MULTI", List.of("220600001")));

        assertThat(DistrictScope.schoolsOf("220602", Stage.PRIMARY, List.of(own, city, other, junior), zones))
                .containsExactly("220600001", "220602001");
    }

    private static Map<String, String> row(
            String school, String year, String stage, String classes, String cap, String seats, String reserved) {
        var r = new java.util.LinkedHashMap<String, String>();
        r.put("schoolCode", school);
        r.put("enrollmentYear", year);
        r.put("stage", stage);
        r.put("classes", classes);
        r.put("classSizeCap", cap);
        r.put("seats", seats);
        r.put("reservedSeats", reserved);
        return r;
    }
}
