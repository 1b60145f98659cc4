package cn.baishan.enrollment.catchment.schools.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchoolRowsTest {

    static Map<String, String> row(String code, String stages, String classes, String seats, String lon, String lat) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("code", code);
        r.put("name", "浑江区第一小学");
        r.put("districtCode", "220602");
        r.put("stages", stages);
        r.put("ownership", "PUBLIC");
        r.put("lon", lon);
        r.put("lat", lat);
        r.put("classesPerYear", classes);
        r.put("seatsPerYear", seats);
        r.put("address", "浑江区红旗街道");
        r.put("hotline", "0439-3223190");
        return r;
    }

    @Test
    void aNineYearSchoolHasAnIntakePerStage() {
        var result = SchoolRows.parse(List.of(row("220602001", "PRIMARY|JUNIOR", "6|5", "270|250", "126.42", "41.94")));

        assertThat(result.ok()).isTrue();
        assertThat(result.schools().get(0).intakes())
                .containsExactly(new Intake(Stage.PRIMARY, 6, 270), new Intake(Stage.JUNIOR, 5, 250));
    }

    @Test
    void everyBadRowIsReportedAndNoSchoolIsReturned() {
        var result = SchoolRows.parse(List.of(
                row("220602001", "PRIMARY", "6", "270", "126.42", "41.94"),
                row("220602002", "PRIMARY", "6", "300", "126.42", "41.94"),
                row("220602003", "PRIMARY", "6", "270", "41.94", "126.42"),
                row("220602001", "PRIMARY", "6", "270", "126.42", "41.94")));

        assertThat(result.schools()).isEmpty();
        assertThat(result.problems())
                .extracting(RowProblem::row, RowProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "class-size-cap"),
                        org.assertj.core.groups.Tuple.tuple(3, "number"),
                        org.assertj.core.groups.Tuple.tuple(4, "unique"));
    }
}
