package cn.baishan.enrollment.admission.classes.domain;

/**
 * Classes cannot be assigned now: {@code no-enrolled-students}, {@code plan-missing}, {@code already-assigned} (409),
 * {@code classes-exceeded} (422: more enrolled than classes × cap), or a malformed input naming {@code field} (400).
 */
public class ClassAssignmentRefusedException extends RuntimeException {

    public enum Kind {
        CONFLICT,
        UNPROCESSABLE,
        INVALID
    }

    private final Kind kind;
    private final String rule;
    private final String field;

    public ClassAssignmentRefusedException(Kind kind, String rule, String field, String message) {
        super(message);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
