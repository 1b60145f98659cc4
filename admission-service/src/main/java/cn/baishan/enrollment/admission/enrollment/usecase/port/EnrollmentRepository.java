package cn.baishan.enrollment.admission.enrollment.usecase.port;

import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import java.util.List;
import java.util.Optional;

public interface EnrollmentRepository {

    /** False when the child (or the application) is enrolled already: the store's unique key says so, race or not. */
    boolean insertIfAbsent(Enrollment enrollment);

    Optional<Enrollment> ofChild(String childKey);

    /** Ordered by public id; {@code year}/{@code stage} null = any. */
    List<Enrollment> atSchool(String schoolCode, Integer year, String stage);
}
