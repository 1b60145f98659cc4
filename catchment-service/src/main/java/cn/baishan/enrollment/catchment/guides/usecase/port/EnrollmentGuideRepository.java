package cn.baishan.enrollment.catchment.guides.usecase.port;

import cn.baishan.enrollment.catchment.guides.domain.EnrollmentGuide;
import java.util.Optional;

public interface EnrollmentGuideRepository {

    void save(EnrollmentGuide guide);

    Optional<EnrollmentGuide> find(String districtCode, int enrollmentYear);
}
