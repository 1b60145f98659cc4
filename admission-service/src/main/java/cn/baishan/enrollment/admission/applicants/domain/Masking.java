package cn.baishan.enrollment.admission.applicants.domain;

/** Names on public lists and in staff views: the first character, then one {@code *} per remaining one. */
public final class Masking {

    private Masking() {}

    /** 张子涵 → 张**, 欧阳娜娜 → 欧***; counted in characters (code points), not UTF-16 units. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        String trimmed = name.strip();
        int first = trimmed.codePointAt(0);
        int rest = trimmed.codePointCount(0, trimmed.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(rest);
    }
}
