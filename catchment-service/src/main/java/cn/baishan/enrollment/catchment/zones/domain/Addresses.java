package cn.baishan.enrollment.catchment.zones.domain;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises and parses Chinese addresses as people type them: full-width digits and letters,
 * spaces and punctuation, "号楼"/"幢" for 栋, Chinese numerals in building numbers, the province and
 * city prefix optional.
 */
public final class Addresses {

    private static final Pattern DISTRICT = Pattern.compile("^(浑江区|江源区|抚松县|靖宇县|长白朝鲜族自治县|长白县|临江市)");
    private static final Pattern STREET = Pattern.compile("^(.{1,12}?(?:街道|镇|乡))");
    private static final Pattern COMMUNITY = Pattern.compile("^(.{1,12}?(?:社区|村))");
    /**
     * A compound name ends in a usual suffix and is followed by the building / house number (or by
     * nothing): the lookahead keeps "春城小区3栋" from stopping at "春城".
     */
    private static final Pattern COMPOUND =
            Pattern.compile("^(.{1,20}?(?:小区|花园|家园|苑|公寓|新村|新城|嘉园|名城|名都|人家|府|里|城|湾|庭|居))(?=\\d|$)");

    private static final Pattern ROAD_NUMBER = Pattern.compile("^(.{1,15}?(?:大街|大路|路|街|道|巷))(\\d+)号");
    private static final Pattern BUILDING = Pattern.compile("^(\\d+)栋");
    private static final Pattern UNIT = Pattern.compile("^(\\d+)单元");

    private Addresses() {}

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\p{Punct}，。、；：（）《》“”‘’·—－]", "");
        s = s.replace("号楼", "栋").replace("幢", "栋").replace("座", "栋");
        s = chineseNumeralsBefore(s);
        return s;
    }

    /** Parses an address after normalising it; the province and city prefix may be present or not. */
    public static ParsedAddress parse(String text) {
        String s = normalize(text);
        String normalized = s;
        s = s.replaceFirst("^吉林省", "").replaceFirst("^白山市", "");
        String district = null;
        Matcher m = DISTRICT.matcher(s);
        if (m.find()) {
            district = m.group(1);
            s = s.substring(m.end());
        }
        String street = take(STREET, s);
        if (street != null) {
            s = s.substring(street.length());
        }
        String community = take(COMMUNITY, s);
        if (community != null) {
            s = s.substring(community.length());
        }
        String road = null;
        Integer number = null;
        Matcher rn = ROAD_NUMBER.matcher(s);
        if (rn.find()) {
            road = rn.group(1);
            number = Integer.parseInt(rn.group(2));
            s = s.substring(rn.end());
        }
        String compound = take(COMPOUND, s);
        if (compound != null) {
            s = s.substring(compound.length());
        }
        String building = null;
        Matcher b = BUILDING.matcher(s);
        if (b.find()) {
            building = b.group(1);
            s = s.substring(b.end());
        }
        String unit = null;
        Matcher u = UNIT.matcher(s);
        if (u.find()) {
            unit = u.group(1);
        }
        return new ParsedAddress(district, street, community, compound, road, number, building, unit, normalized);
    }

    private static String take(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** 三栋 → 3栋, 十二单元 → 12单元 (numbers up to 99 are what addresses use). */
    private static String chineseNumeralsBefore(String s) {
        Matcher m = Pattern.compile("([一二三四五六七八九十两]{1,3})(栋|单元|号|层)").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, toArabic(m.group(1)) + m.group(2));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String toArabic(String numeral) {
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : numeral.toCharArray()) {
            if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '两') {
                current = 2;
            } else {
                current = digits.indexOf(c);
            }
        }
        return Integer.toString(value + current);
    }
}
