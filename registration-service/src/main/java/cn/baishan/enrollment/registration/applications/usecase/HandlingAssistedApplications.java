package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository.AssistedApplication;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class HandlingAssistedApplications implements AssistedApplicationsUseCase {

    private static final Logger log = LoggerFactory.getLogger(HandlingAssistedApplications.class);

    private final ApplicationRepository applications;
    private final FamilyMemory families;
    private final Clock clock;

    HandlingAssistedApplications(ApplicationRepository applications, FamilyMemory families, Clock clock) {
        this.applications = applications;
        this.families = families;
        this.clock = clock;
    }

    @Override
    public Application claim(String userId, String claimCode, String childIdNumber) {
        String code = ClaimCodes.normalize(claimCode);
        String number = childIdNumber == null ? "" : childIdNumber.trim().toUpperCase();
        Application application =
                applications.findClaimable(code, number).orElseThrow(ApplicationNotFoundException::new);
        application.claimedBy(userId, clock.instant());
        applications.update(application);
        families.remember(application);
        log.info("assisted application {} claimed by its parent", application.getId());
        return application;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssistedApplication> listForDistrict(String districtCode) {
        return applications.listAssisted(districtCode);
    }
}
