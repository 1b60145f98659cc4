package cn.baishan.enrollment.catchment.schools.domain;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows of a schools sheet into schools, or lists every problem in every row at once (a
 * bureau fixes its spreadsheet in one go). Columns: code, name, districtCode, stages
 * ({@code PRIMARY}, {@code JUNIOR} or {@code PRIMARY|JUNIOR}), ownership, lon, lat, classesPerYear,
 * seatsPerYear (per stage, {@code |}-separated like stages), address, hotline.
 */
public final class SchoolRows {

    private static final Pattern CODE = Pattern.compile("\\d{9}");
    private static final Pattern HOTLINE = Pattern.compile("[0-9-]{7,20}");
    /** Class-size caps: grade 1 at most 45, grade 7 at most 50 (no new large classes). */
    static final int PRIMARY_CLASS_CAP = 45;

    static final int JUNIOR_CLASS_CAP = 50;

    private SchoolRows() {}

    /** The parsed schools, or the problems found; never both. */
    public record Result(List<School> schools, List<RowProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result parse(List<Map<String, String>> rows) {
        List<School> schools = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNo = i + 1;
            School school = parseRow(rowNo, rows.get(i), problems);
            if (school != null && !seen.add(school.code())) {
                problems.add(new RowProblem(rowNo, "code", "unique", "学校代码 " + school.code() + " 重复"));
            } else if (school != null) {
                schools.add(school);
            }
        }
        return problems.isEmpty() ? new Result(schools, List.of()) : new Result(List.of(), problems);
    }

    private static School parseRow(int row, Map<String, String> r, List<RowProblem> problems) {
        int before = problems.size();
        String code = text(r, "code");
        if (!CODE.matcher(code).matches()) {
            problems.add(new RowProblem(row, "code", "format", "学校代码应为9位数字（区县代码+3位序号）"));
        }
        String name = text(r, "name");
        if (name.isEmpty() || name.length() > 60) {
            problems.add(new RowProblem(row, "name", "required", "学校名称必填，且不超过60字"));
        }
        String district = text(r, "districtCode");
        if (!BaishanDistricts.contains(district)) {
            problems.add(new RowProblem(row, "districtCode", "baishan-district", "不是白山市的县（市、区）代码"));
        } else if (CODE.matcher(code).matches() && !code.startsWith(district)) {
            problems.add(new RowProblem(row, "code", "district-prefix", "学校代码应以所属区县代码开头"));
        }
        Ownership ownership = null;
        try {
            ownership = Ownership.valueOf(text(r, "ownership"));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(row, "ownership", "enum", "办学性质应为 PUBLIC（公办）或 PRIVATE（民办）"));
        }
        GeoPoint location = location(row, r, problems);
        List<Intake> intakes = intakes(row, r, problems);
        String hotline = text(r, "hotline");
        if (!hotline.isEmpty() && !HOTLINE.matcher(hotline).matches()) {
            problems.add(new RowProblem(row, "hotline", "format", "咨询电话格式不正确"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new School(code, name, district, ownership, location, intakes, text(r, "address"), hotline);
    }

    private static GeoPoint location(int row, Map<String, String> r, List<RowProblem> problems) {
        try {
            GeoPoint p = new GeoPoint(Double.parseDouble(text(r, "lon")), Double.parseDouble(text(r, "lat")));
            if (!p.inBaishan()) {
                problems.add(new RowProblem(row, "lon", "in-baishan", "坐标不在白山市范围内（经纬度是否写反？）"));
            }
            return p;
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(row, "lon", "number", "经度、纬度应为数字（WGS84）"));
            return null;
        }
    }

    private static List<Intake> intakes(int row, Map<String, String> r, List<RowProblem> problems) {
        String[] stages = text(r, "stages").split("\\|");
        String[] classes = text(r, "classesPerYear").split("\\|");
        String[] seats = text(r, "seatsPerYear").split("\\|");
        if (stages.length != classes.length || stages.length != seats.length) {
            problems.add(new RowProblem(row, "stages", "per-stage", "学段、班数、学位数的个数应一致（用 | 分隔）"));
            return List.of();
        }
        List<Intake> intakes = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            Stage stage;
            try {
                stage = Stage.valueOf(stages[i].trim());
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row, "stages", "enum", "学段应为 PRIMARY 或 JUNIOR"));
                continue;
            }
            int c;
            int s;
            try {
                c = Integer.parseInt(classes[i].trim());
                s = Integer.parseInt(seats[i].trim());
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(row, "seatsPerYear", "number", "班数和学位数应为整数"));
                continue;
            }
            int cap = stage == Stage.PRIMARY ? PRIMARY_CLASS_CAP : JUNIOR_CLASS_CAP;
            if (c < 0 || s < 0 || s > c * cap) {
                problems.add(
                        new RowProblem(row, "seatsPerYear", "class-size-cap", "学位数超过班数×班额上限（" + cap + "人/班），会形成大班额"));
                continue;
            }
            intakes.add(new Intake(stage, c, s));
        }
        if (intakes.isEmpty() && problems.stream().noneMatch(p -> p.row() == row)) {
            problems.add(new RowProblem(row, "stages", "required", "至少招收一个学段"));
        }
        return intakes;
    }

    private static String text(Map<String, String> r, String column) {
        String value = r.get(column);
        return value == null ? "" : value.trim();
    }
}
