package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.ZoneLookup;
import java.time.LocalDate;

/** Catchment-service's zone look-up for an address. Never throws: no answer is {@code Unavailable}. */
public interface CatchmentPort {

    /** @param stage the application's stage as registration names it (PRIMARY_GRADE_1 / JUNIOR_GRADE_7) */
    ZoneLookup zoneOf(String address, String stage, LocalDate date);
}
