package cn.baishan.enrollment.admission.enrollment.usecase;

import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import java.util.List;

public interface EnrollmentsQuery {

    List<Enrollment> atSchool(String schoolCode, Integer year, String stage);
}
