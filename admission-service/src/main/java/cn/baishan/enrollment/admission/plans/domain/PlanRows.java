package cn.baishan.enrollment.admission.plans.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the rows of a plans sheet ({@code schoolCode, enrollmentYear, stage, classes, classSizeCap,
 * seats, reservedSeats}) into plan drafts, listing every problem of every row at once: a bureau fixes
 * its spreadsheet in one go. Rows that are well formed come back as drafts even when other rows are not,
 * so the caller can check them against catchment too and report everything together.
 */
public final class PlanRows {

    private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{9}");
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2100;

    private PlanRows() {}

    /** A well-formed row: which plan and its figures (blanks already filled in). */
    public record Draft(int row, PlanKey key, PlanFigures figures) {}

    public record Result(List<Draft> drafts, List<PlanProblem> problems) {

        public Result {
            drafts = List.copyOf(drafts);
            problems = List.copyOf(problems);
        }
    }

    public static Result parse(List<Map<String, String>> rows) {
        List<Draft> drafts = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        Map<PlanKey, Integer> firstRow = new HashMap<>();
        if (rows.isEmpty()) {
            problems.add(new PlanProblem(0, "file", "not-empty", "表格中没有任何招生计划"));
        }
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.get(i);
            int before = problems.size();
            String code = text(r, "schoolCode");
            if (!SCHOOL_CODE.matcher(code).matches()) {
                problems.add(new PlanProblem(row, "schoolCode", "format", "学校代码应为9位数字"));
            }
            Integer year = number(row, r, "enrollmentYear", "招生年度", problems);
            if (year == null && text(r, "enrollmentYear").isEmpty()) {
                problems.add(new PlanProblem(row, "enrollmentYear", "required", "招生年度必填"));
            } else if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
                problems.add(new PlanProblem(
                        row, "enrollmentYear", "range", "招生年度应在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间"));
            }
            Stage stage = Stage.parse(text(r, "stage"));
            if (stage == null) {
                problems.add(new PlanProblem(row, "stage", "enum", "学段应为 PRIMARY（小学）或 JUNIOR（初中）"));
            }
            PlanFigures figures = new PlanFigures(
                    number(row, r, "classes", "班数", problems),
                    number(row, r, "classSizeCap", "班额", problems),
                    number(row, r, "seats", "学位数", problems),
                    number(row, r, "reservedSeats", "预留学位", problems));
            if (stage != null) {
                for (PlanProblem p : figures.problems(stage)) {
                    // a value that is not a number was reported as such; do not call it missing too
                    boolean reported = problems.subList(before, problems.size()).stream()
                            .anyMatch(q -> q.field().equals(p.field()));
                    if (!reported) {
                        problems.add(p.atRow(row));
                    }
                }
            }
            if (problems.size() > before) {
                continue;
            }
            PlanKey key = new PlanKey(code, year, stage);
            Integer earlier = firstRow.putIfAbsent(key, row);
            if (earlier != null) {
                problems.add(new PlanProblem(row, "schoolCode", "unique", "与第 " + earlier + " 行重复：同一学校、年度、学段只能有一行"));
                continue;
            }
            drafts.add(new Draft(row, key, figures.resolved(stage)));
        }
        return new Result(drafts, problems);
    }

    /** A whole number, or null when blank; a non-number is a problem (and null). */
    private static Integer number(int row, Map<String, String> r, String column, String label, List<PlanProblem> out) {
        String value = text(r, column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            out.add(new PlanProblem(row, column, "integer", label + "应为整数，而不是“" + value + "”"));
            return null;
        }
    }

    private static String text(Map<String, String> r, String column) {
        String value = r.get(column);
        return value == null ? "" : value.trim();
    }
}
