package cn.baishan.enrollment.platform.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Thrown by a service's web or application layer to answer with a specific problem: a stable type
 * slug, a status, a Chinese title and detail, and field violations where input was wrong.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<FieldViolation> violations;

    public ProblemException(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(
            HttpStatus status, String slug, String title, String detail, List<FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
