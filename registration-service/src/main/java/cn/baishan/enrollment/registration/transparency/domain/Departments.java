package cn.baishan.enrollment.registration.transparency.domain;

import java.util.Map;

/** The partner departments in the words a family knows, and the other codes of a query record. */
public final class Departments {

    static final Map<String, String> NAMES = Map.of(
            "HOUSEHOLD_REGISTRATION", "公安机关（户籍）",
            "REAL_ESTATE", "自然资源部门（不动产登记）",
            "RESIDENCE_PERMIT", "公安机关（居住证）",
            "SOCIAL_INSURANCE", "人力资源和社会保障部门（社保）");

    static final Map<String, String> SUBJECT_ROLES = Map.of("CHILD", "儿童", "GUARDIAN", "监护人");

    static final Map<String, String> OUTCOMES =
            Map.of("ANSWERED", "已答复", "NOT_FOUND", "未查到记录", "UNAVAILABLE", "部门暂时无法查询");

    private Departments() {}

    public static String name(String department) {
        return word(NAMES, department);
    }

    public static String subjectRole(String role) {
        return word(SUBJECT_ROLES, role);
    }

    public static String outcome(String outcome) {
        return word(OUTCOMES, outcome);
    }

    private static String word(Map<String, String> words, String code) {
        return code == null ? null : words.getOrDefault(code, code);
    }
}
