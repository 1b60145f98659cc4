package cn.baishan.enrollment.registration.transparency.usecase.port;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the recorded department queries. */
public interface DepartmentQueryRepository {

    /** True when inserted; false when this query id is already stored. */
    boolean insertIfAbsent(DepartmentQuery query);

    Optional<DepartmentQuery> load(UUID queryId);

    /** In the order they were made. */
    List<DepartmentQuery> queriesOf(UUID applicationId);
}
