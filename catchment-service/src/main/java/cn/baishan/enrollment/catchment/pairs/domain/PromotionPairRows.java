package cn.baishan.enrollment.catchment.pairs.domain;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a pairs sheet (primarySchoolCode, juniorSchoolCode, note): both schools public and of the
 * same district, the first enrolling grade 1 and the second grade 7, each primary school paired once.
 * A nine-year school (九年一贯制) may be paired with itself.
 */
public final class PromotionPairRows {

    private PromotionPairRows() {}

    public record Result(List<PromotionPair> pairs, List<RowProblem> problems) {}

    public static Result parse(List<Map<String, String>> rows, Map<String, School> schools) {
        List<PromotionPair> pairs = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> pairedPrimaries = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.get(i);
            School primary = schools.get(text(r, "primarySchoolCode"));
            School junior = schools.get(text(r, "juniorSchoolCode"));
            int before = problems.size();
            if (primary == null || !primary.isPublic() || !primary.enrolls(Stage.PRIMARY)) {
                problems.add(new RowProblem(row, "primarySchoolCode", "public-primary", "应为已导入的公办小学"));
            }
            if (junior == null || !junior.isPublic() || !junior.enrolls(Stage.JUNIOR)) {
                problems.add(new RowProblem(row, "juniorSchoolCode", "public-junior", "应为已导入的公办初中"));
            }
            if (problems.size() == before && !primary.districtCode().equals(junior.districtCode())) {
                problems.add(new RowProblem(row, "juniorSchoolCode", "same-district", "对口直升应在同一区县内"));
            }
            if (problems.size() == before && !pairedPrimaries.add(primary.code())) {
                problems.add(new RowProblem(row, "primarySchoolCode", "one-pair", "小学 " + primary.code() + " 已有对口初中"));
            }
            if (problems.size() == before) {
                pairs.add(new PromotionPair(primary.code(), junior.code(), primary.districtCode(), text(r, "note")));
            }
        }
        return new Result(problems.isEmpty() ? pairs : List.of(), problems);
    }

    private static String text(Map<String, String> r, String column) {
        String value = r.get(column);
        return value == null ? "" : value.trim();
    }
}
