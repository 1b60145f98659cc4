package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.WarningNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** This service's own copy of catchment's seat warnings, kept from its events. */
public interface SeatWarningNotices {

    void issued(UUID warningId, WarningNotice notice);

    void lifted(UUID warningId, LocalDate liftedOn);

    /** @param stage the application's stage as registration names it */
    List<WarningNotice> forStageAndYear(String stage, int enrollmentYear);
}
