package cn.baishan.enrollment.registration.transparency.adapter.out.applications;

import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery;
import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery.Viewer;
import cn.baishan.enrollment.registration.transparency.usecase.Reader;
import cn.baishan.enrollment.registration.transparency.usecase.port.ApplicationScope;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The applications feature decides scope; this asks its public query rather than its tables. */
@Component
class ApplicationScopeAdapter implements ApplicationScope {

    private final ViewApplicationsQuery applications;

    ApplicationScopeAdapter(ViewApplicationsQuery applications) {
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
