package cn.baishan.enrollment.registration.notifications.adapter.out.applications;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery;
import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery.Viewer;
import cn.baishan.enrollment.registration.notifications.usecase.port.ApplicationOwnership;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Asks the applications feature, through its public query, which applications a user owns now. */
@Component
class OwnedApplicationsAdapter implements ApplicationOwnership {

    private final ViewApplicationsQuery applications;

    OwnedApplicationsAdapter(ViewApplicationsQuery applications) {
        this.applications = applications;
    }

    @Override
    public List<UUID> ownedBy(String userId) {
        return applications.listOwn(new Viewer(userId, true, false, null, false)).stream()
                .map(Application::getId)
                .toList();
    }
}
