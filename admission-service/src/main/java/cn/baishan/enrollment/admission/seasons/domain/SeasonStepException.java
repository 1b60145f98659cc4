package cn.baishan.enrollment.admission.seasons.domain;

/**
 * A season step refused: {@code rule} is the stable problem type (e.g. {@code commitment-missing}), the message is
 * Chinese for district staff. {@link Kind} says whether the step came out of order (409), the input contradicts what
 * was published (422), or the input itself is malformed (400, naming {@code field}).
 */
public class SeasonStepException extends RuntimeException {

    public enum Kind {
        CONFLICT,
        UNPROCESSABLE,
        INVALID
    }

    private final Kind kind;
    private final String rule;
    private final String field;

    private SeasonStepException(Kind kind, String rule, String field, String message) {
        super(message);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
    }

    public static SeasonStepException outOfOrder(String rule, String message) {
        return new SeasonStepException(Kind.CONFLICT, rule, null, message);
    }

    public static SeasonStepException contradicts(String rule, String message) {
        return new SeasonStepException(Kind.UNPROCESSABLE, rule, null, message);
    }

    public static SeasonStepException invalid(String field, String rule, String message) {
        return new SeasonStepException(Kind.INVALID, rule, field, message);
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
