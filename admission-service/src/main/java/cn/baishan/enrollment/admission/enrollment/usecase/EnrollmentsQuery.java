package cn.baishan.enrollment.admission.enrollment.usecase;

import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import java.util.List;
import java.util.Optional;

public interface EnrollmentsQuery {

    List<Enrollment> atSchool(String schoolCode, Integer year, String stage);

    /** The child's enrollment anywhere (by the blind index of the ID number). */
    Optional<Enrollment> ofChild(String childKey);
}
