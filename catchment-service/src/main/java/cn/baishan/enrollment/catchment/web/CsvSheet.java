package cn.baishan.enrollment.catchment.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded UTF-8 CSV sheet into rows keyed by column. Bureaus' spreadsheets use Chinese
 * headers: a header is accepted as the English key ({@code seatsPerYear}), as Chinese with the key in
 * parentheses ({@code 年招生学位(seatsPerYear)}), or as a known Chinese name alone.
 */
public final class CsvSheet {

    private static final Pattern KEY_IN_PARENS = Pattern.compile(".*[（(]\\s*([A-Za-z]+)\\s*[)）]\\s*");
    private static final Map<String, String> CHINESE = new HashMap<>();

    static {
        String[][] aliases = {
            {"学校代码", "code"},
            {"学校名称", "name"},
            {"区县代码", "districtCode"},
            {"学段", "stages"},
            {"办学性质", "ownership"},
            {"经度", "lon"},
            {"纬度", "lat"},
            {"年招生班数", "classesPerYear"},
            {"年招生学位", "seatsPerYear"},
            {"地址", "address"},
            {"咨询电话", "hotline"},
            {"片区代码", "zoneCode"},
            {"街道", "street"},
            {"社区", "community"},
            {"小区", "compound"},
            {"道路", "road"},
            {"门牌起", "numberFrom"},
            {"门牌止", "numberTo"},
            {"单双号", "parity"},
            {"建成年份", "builtYear"},
            {"小学代码", "primarySchoolCode"},
            {"初中代码", "juniorSchoolCode"},
            {"备注", "note"},
            {"招生年度", "enrollmentYear"},
            {"适龄儿童数", "children"}
        };
        for (String[] alias : aliases) {
            CHINESE.put(alias[0], alias[1]);
        }
    }

    private CsvSheet() {}

    public static List<Map<String, String>> read(String csv) {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv; // Excel writes a BOM
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
                    parser.getHeaderNames().stream().map(CsvSheet::key).toList();
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
