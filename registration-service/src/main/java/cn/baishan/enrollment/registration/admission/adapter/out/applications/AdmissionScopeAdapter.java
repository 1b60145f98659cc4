package cn.baishan.enrollment.registration.admission.adapter.out.applications;

import cn.baishan.enrollment.registration.admission.usecase.Reader;
import cn.baishan.enrollment.registration.admission.usecase.port.ApplicationScope;
import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery;
import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The applications feature decides scope and ownership (which moves when a parent claims an assisted
 * application); this asks its public query at the moment of reading, rather than its tables.
 */
@Component
class AdmissionScopeAdapter implements ApplicationScope {

    private final ViewApplicationsQuery applications;

    AdmissionScopeAdapter(ViewApplicationsQuery applications) {
        this.applications = applications;
    }

    @Override
    public boolean mayView(UUID applicationId, Reader reader) {
        return applications
                .view(
                        applicationId,
                        new Viewer(
                                reader.userId(),
                                reader.parent(),
                                reader.districtStaff(),
                                reader.districtCode(),
                                reader.cityWide()))
                .isPresent();
    }

    @Override
    public boolean isOwnedBy(UUID applicationId, String userId) {
        return applications.isOwnedBy(applicationId, userId);
    }
}
