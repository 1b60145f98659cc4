package cn.baishan.enrollment.admission.appeals.usecase.port;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;
import cn.baishan.enrollment.admission.appeals.domain.AppealStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AppealRepository {

    /** False when an appeal with this id exists already (a repeated filing). */
    boolean insertIfAbsent(Appeal appeal);

    Optional<Appeal> lock(UUID appealId);

    void update(Appeal appeal);

    /** Filed first first; {@code districtCode} or {@code status} null = any. */
    List<Appeal> list(String districtCode, AppealStatus status);
}
