package cn.baishan.enrollment.admission.classes.usecase;

import cn.baishan.enrollment.admission.classes.domain.ClassRoster;
import java.util.Optional;

/** Sunshine class assignment over a school's enrolled students, from a published seed; and its public record. */
public interface AssignClassesUseCase {

    /** @param districtScope the caller's district when a district admin asks, else null */
    ClassRoster assign(
            String schoolCode, int enrollmentYear, String stage, String seedHex, String actor, String districtScope);

    Optional<ClassRoster> roster(String schoolCode, int enrollmentYear, String stage);

    /** A district admin asked for a school none of whose enrolled students are of its district. */
    class OutOfScopeException extends RuntimeException {
        public OutOfScopeException() {
            super("区县教育局只能为本区县录取的学生分班。");
        }
    }
}
