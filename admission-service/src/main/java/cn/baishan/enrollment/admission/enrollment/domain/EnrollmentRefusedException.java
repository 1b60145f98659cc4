package cn.baishan.enrollment.admission.enrollment.domain;

/**
 * A school cannot enroll the child: {@code not-admitted} (no published admission), {@code admitted-elsewhere} (the
 * child's one admission is at another school, city-wide) or {@code already-enrolled} (enrolled anywhere already).
 */
public class EnrollmentRefusedException extends RuntimeException {

    private final String rule;

    public EnrollmentRefusedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
