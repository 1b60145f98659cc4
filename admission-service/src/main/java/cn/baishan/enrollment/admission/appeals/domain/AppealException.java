package cn.baishan.enrollment.admission.appeals.domain;

/** An appeal decision refused: {@code field} set for malformed input (400), else the decision came too late (409). */
public class AppealException extends RuntimeException {

    private final String rule;
    private final String field;

    public AppealException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public boolean isInvalidInput() {
        return field != null;
    }
}
