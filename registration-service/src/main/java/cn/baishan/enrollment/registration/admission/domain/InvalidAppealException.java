package cn.baishan.enrollment.registration.admission.domain;

/** An appeal that cannot be filed as written: which field, which rule, and why in Chinese. */
public class InvalidAppealException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidAppealException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
