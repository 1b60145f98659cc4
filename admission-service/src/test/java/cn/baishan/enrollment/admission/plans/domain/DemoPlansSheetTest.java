package cn.baishan.enrollment.admission.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Baishan demo plans (deploy/demo-data) import as they are: every row valid, every school of that stage. */
class DemoPlansSheetTest {

    static final Path DEMO = Path.of("../deploy/demo-data/baishan");

    @Test
    void everyDemoPlanRowKeepsThePlanRulesAndNamesADemoSchoolOfThatStage() throws Exception {
        var rows = PlanSheet.read(Files.readString(DEMO.resolve("admission-plans.csv"), StandardCharsets.UTF_8));
        PlanRows.Result result = PlanRows.parse(rows);

        assertThat(result.problems()).isEmpty();
        assertThat(result.drafts()).hasSize(rows.size()).hasSizeGreaterThan(90);

        Map<String, Set<Stage>> stages = new HashMap<>();
        for (var school : PlanSheet.read(Files.readString(DEMO.resolve("schools.csv"), StandardCharsets.UTF_8))) {
            Set<Stage> s = new HashSet<>();
            for (String name : school.get("stages").split("\\|")) {
                s.add(Stage.parse(name));
            }
            stages.put(school.get("code"), s);
        }
        assertThat(result.drafts())
                .allSatisfy(d -> assertThat(stages.getOrDefault(d.key().schoolCode(), Set.of()))
                        .as(d.key().toString())
                        .contains(d.key().stage()));
    }

    @Test
    void chineseHeadersMapToTheColumnKeys() {
        var rows = PlanSheet.read("\uFEFF学校代码,招生年度,学段,班数,班额,学位数,预留学位\n220602001,2027,小学,6,,270,1\n");
        assertThat(PlanRows.parse(rows).drafts()).singleElement().satisfies(d -> {
            assertThat(d.key().stage()).isEqualTo(Stage.PRIMARY);
            assertThat(d.figures().classSizeCap()).isEqualTo(45);
            assertThat(d.figures().reservedSeats()).isEqualTo(1);
        });
    }
}
