package cn.baishan.enrollment.catchment.warnings.domain;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses a census sheet (zoneCode, enrollmentYear, stage, children) against the zones that exist. */
public final class CensusRows {

    private CensusRows() {}

    public record Result(List<CensusEntry> entries, List<RowProblem> problems) {}

    public static Result parse(List<Map<String, String>> rows, Map<String, Zone> knownZones) {
        List<CensusEntry> entries = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.get(i);
            String code = text(r, "zoneCode");
            Zone zone = knownZones.get(code);
            if (zone == null) {
                problems.add(new RowProblem(row, "zoneCode", "known-zone", "片区 " + code + " 不存在"));
                continue;
            }
            try {
                int year = Integer.parseInt(text(r, "enrollmentYear"));
                Stage stage = Stage.valueOf(text(r, "stage"));
                int children = Integer.parseInt(text(r, "children"));
                if (stage != zone.stage()) {
                    problems.add(new RowProblem(row, "stage", "zone-stage", "学段与片区 " + code + " 的学段不一致"));
                } else if (children < 0 || year < 2000 || year > 2100) {
                    problems.add(new RowProblem(row, "children", "range", "人数应为非负整数，年度应为四位年份"));
                } else if (!seen.add(code + "/" + year)) {
                    problems.add(new RowProblem(row, "zoneCode", "unique", "片区 " + code + " 的 " + year + " 年数据重复"));
                } else {
                    entries.add(new CensusEntry(code, zone.districtCode(), stage, year, children));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row, "children", "number", "年度、人数应为整数，学段应为 PRIMARY 或 JUNIOR"));
            }
        }
        return new Result(problems.isEmpty() ? entries : List.of(), problems);
    }

    private static String text(Map<String, String> r, String column) {
        String value = r.get(column);
        return value == null ? "" : value.trim();
    }
}
