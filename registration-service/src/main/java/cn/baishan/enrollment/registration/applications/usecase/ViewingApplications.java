package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.ReusedFact;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ViewingApplications implements ViewApplicationsQuery {

    private final ApplicationRepository applications;

    ViewingApplications(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public Optional<Application> view(UUID applicationId, Viewer viewer) {
        return applications.load(applicationId).filter(application -> mayView(viewer, application));
    }

    @Override
    public List<Application> listOwn(Viewer viewer) {
        return applications.listByOwner(viewer.userId());
    }

    @Override
    public List<ReusedFact> reusedFacts(Application application) {
        if (application.isPendingOwner()) {
            return List.of();
        }
        return ReusedFact.of(application, applications.listByOwner(application.getOwnerId()));
    }

    static boolean mayView(Viewer viewer, Application application) {
        if (viewer.cityWide()) {
            return true;
        }
        if (viewer.districtStaff() && application.getDistrictCode().equals(viewer.districtCode())) {
            return true;
        }
        return viewer.parent() && application.isOwnedBy(viewer.userId());
    }
}
