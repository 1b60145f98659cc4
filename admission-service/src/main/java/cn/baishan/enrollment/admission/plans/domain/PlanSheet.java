package cn.baishan.enrollment.admission.plans.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded UTF-8 plans sheet into rows keyed by column, the way catchment reads its sheets: a
 * header is the English key ({@code seats}), Chinese with the key in parentheses ({@code 学位数(seats)}),
 * or a known Chinese name alone ({@code 学位数}). Excel's byte-order mark is dropped.
 */
public final class PlanSheet {

    private static final Pattern KEY_IN_PARENS = Pattern.compile(".*[（(]\\s*([A-Za-z]+)\\s*[)）]\\s*");
    private static final Map<String, String> CHINESE = Map.of(
            "学校代码", "schoolCode",
            "招生年度", "enrollmentYear",
            "学段", "stage",
            "班数", "classes",
            "班额", "classSizeCap",
            "学位数", "seats",
            "招生计划数", "seats",
            "预留学位", "reservedSeats");

    private PlanSheet() {}

    /** The rows keyed by column; a sheet that is not CSV at all is a {@link PlansRejectedException}. */
    public static List<Map<String, String>> read(String csv) {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try {
            var parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(body));
            List<String> keys =
                    parser.getHeaderNames().stream().map(PlanSheet::key).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < keys.size() && i < record.size(); i++) {
                    row.put(keys.get(i), record.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a malformed sheet (unbalanced quotes, duplicate headers) is the uploader's to fix
            throw new PlansRejectedException(
                    List.of(new PlanProblem(0, "file", "csv", "文件不是有效的 CSV 表格：" + e.getMessage())));
        }
    }

    static String key(String header) {
        String h = header.trim();
        Matcher m = KEY_IN_PARENS.matcher(h);
        if (m.matches()) {
            return m.group(1);
        }
        return CHINESE.getOrDefault(h, h);
    }
}
