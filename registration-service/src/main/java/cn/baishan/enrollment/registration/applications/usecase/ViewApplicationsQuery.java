package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.ReusedFact;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads applications within the viewer's scope; anything outside it does not exist for them. */
public interface ViewApplicationsQuery {

    Optional<Application> view(UUID applicationId, Viewer viewer);

    /**
     * Whether the application is this parent's own: asked as a parent and nothing else, so staff rights of the
     * same account never count (the other features' appeals, disputes and previews are the family's alone).
     */
    default boolean isOwnedBy(UUID applicationId, String userId) {
        return view(applicationId, new Viewer(userId, true, false, null, false))
                .filter(application -> application.isOwnedBy(userId))
                .isPresent();
    }

    List<Application> listOwn(Viewer viewer);

    /**
     * The facts of an application (already in the viewer's scope) that an earlier verified application
     * of the same family established (一次采集、多次复用).
     */
    List<ReusedFact> reusedFacts(Application application);

    /**
     * Whom the platform shows an application to: its owning family; district staff of its district;
     * city staff and inspectors everywhere.
     */
    record Viewer(String userId, boolean parent, boolean districtStaff, String districtCode, boolean cityWide) {}
}
