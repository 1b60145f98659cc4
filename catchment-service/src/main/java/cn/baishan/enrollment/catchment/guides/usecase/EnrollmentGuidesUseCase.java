package cn.baishan.enrollment.catchment.guides.usecase;

import cn.baishan.enrollment.catchment.guides.domain.EnrollmentGuide;
import cn.baishan.enrollment.catchment.guides.domain.Milestone;
import cn.baishan.enrollment.catchment.guides.usecase.port.EnrollmentGuideRepository;
import cn.baishan.enrollment.catchment.zones.domain.PlanTransitionException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A district's enrollment guide per year: written by the district, read by everyone. */
@Service
@Transactional
public class EnrollmentGuidesUseCase {

    private final EnrollmentGuideRepository guides;
    private final Clock clock;

    EnrollmentGuidesUseCase(EnrollmentGuideRepository guides, Clock clock) {
        this.guides = guides;
        this.clock = clock;
    }

    public EnrollmentGuide publish(
            String districtCode,
            int year,
            String conditions,
            List<Milestone> timeline,
            String hotline,
            String by,
            Set<String> allowedDistricts) {
        if (!allowedDistricts.isEmpty() && !allowedDistricts.contains(districtCode)) {
            throw new PlanTransitionException("own-district", "只能维护本区县的招生指南");
        }
        EnrollmentGuide guide =
                new EnrollmentGuide(districtCode, year, conditions, timeline, hotline, by, clock.instant());
        guides.save(guide);
        return guide;
    }

    @Transactional(readOnly = true)
    public Optional<EnrollmentGuide> find(String districtCode, int year) {
        return guides.find(districtCode, year);
    }
}
