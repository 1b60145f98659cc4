package cn.baishan.enrollment.admission.classes.usecase.port;

import java.util.Optional;

/** How many classes the school's enrollment plan opens and the class-size cap it sets. */
public interface ClassPlanSource {

    Optional<PlannedClasses> planOf(String schoolCode, int enrollmentYear, String stage);

    record PlannedClasses(int classes, int cap) {}
}
