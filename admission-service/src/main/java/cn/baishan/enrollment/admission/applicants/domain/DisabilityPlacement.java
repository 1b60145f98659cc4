package cn.baishan.enrollment.admission.applicants.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The committee's decision, who recorded it and when. */
public record DisabilityPlacement(
        Placement placement, String schoolCode, String decisionNote, String decidedBy, Instant decidedAt) {

    private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{9}");
    public static final int MAX_NOTE = 500;

    public DisabilityPlacement {
        Objects.requireNonNull(placement);
        Objects.requireNonNull(decidedBy);
        Objects.requireNonNull(decidedAt);
        if (!problems(placement, schoolCode, decisionNote).isEmpty()) {
            throw new IllegalArgumentException("invalid placement: " + problems(placement, schoolCode, decisionNote));
        }
    }

    /** A field that breaks a rule: {@code field}, {@code rule}, Chinese message. */
    public record Problem(String field, String rule, String message) {}

    /**
     * A special school must be named, home teaching names none, a regular class may name one; the
     * committee always records its reasons.
     */
    public static List<Problem> problems(Placement placement, String schoolCode, String decisionNote) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (placement == null) {
            problems.add(new Problem(
                    "placement",
                    "required",
                    "请选择安置方式：REGULAR_CLASS（随班就读）、SPECIAL_SCHOOL（特殊教育学校）或 HOME_TEACHING（送教上门）"));
        }
        boolean named = schoolCode != null && !schoolCode.isBlank();
        if (named && !SCHOOL_CODE.matcher(schoolCode).matches()) {
            problems.add(new Problem("schoolCode", "format", "学校代码应为9位数字"));
        } else if (placement == Placement.SPECIAL_SCHOOL && !named) {
            problems.add(new Problem("schoolCode", "required", "安置到特殊教育学校时须写明学校"));
        } else if (placement == Placement.HOME_TEACHING && named) {
            problems.add(new Problem("schoolCode", "absent", "送教上门不指定学校"));
        }
        if (decisionNote == null || decisionNote.isBlank()) {
            problems.add(new Problem("decisionNote", "required", "请写明专家委员会的评估意见"));
        } else if (decisionNote.length() > MAX_NOTE) {
            problems.add(new Problem("decisionNote", "max-length", "评估意见不超过 " + MAX_NOTE + " 字"));
        }
        return problems;
    }
}
