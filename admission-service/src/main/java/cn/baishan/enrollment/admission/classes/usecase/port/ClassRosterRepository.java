package cn.baishan.enrollment.admission.classes.usecase.port;

import cn.baishan.enrollment.admission.classes.domain.ClassRoster;
import java.util.Optional;

public interface ClassRosterRepository {

    /** False when the school already has its assignment for the year and stage (it is never redrawn). */
    boolean insertIfAbsent(ClassRoster roster);

    Optional<ClassRoster> find(String schoolCode, int enrollmentYear, String stage);
}
