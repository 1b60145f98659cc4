package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads applications within the viewer's scope; anything outside it does not exist for them. */
public interface ViewApplicationsQuery {

    Optional<Application> view(UUID applicationId, Viewer viewer);

    List<Application> listOwn(Viewer viewer);

    /**
     * Whom the platform shows an application to: its owning family; district staff of its district;
     * city staff and inspectors everywhere.
     */
    record Viewer(String userId, boolean parent, boolean districtStaff, String districtCode, boolean cityWide) {}
}
