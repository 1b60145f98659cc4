package cn.baishan.enrollment.registration.applications.domain;

import java.util.List;

/** The application as given cannot be accepted; every broken rule is listed at once. */
public class InvalidApplicationException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidApplicationException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidApplicationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
