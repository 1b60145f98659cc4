package cn.baishan.enrollment.registration.transparency.usecase;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.domain.DisputedRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What departments were asked for an application, and the family's disputes of it. Empty when the
 * application is outside the reader's scope: for them it does not exist.
 */
public interface ViewDepartmentQueriesQuery {

    Optional<List<DepartmentQuery>> queries(UUID applicationId, Reader reader);

    /** Newest first, each with the recorded answer it disputes. */
    Optional<List<DisputedRecord>> disputes(UUID applicationId, Reader reader);
}
