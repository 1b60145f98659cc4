package cn.baishan.enrollment.verification.verifications.domain;

import java.time.LocalDate;

/** A seat warning as catchment announced it: for a school, stage and year, from a start date until lifted. */
public record WarningNotice(
        String schoolCode, String stage, int enrollmentYear, LocalDate startDate, LocalDate liftedOn) {

    /** Was this warning in force on {@code date}? */
    public boolean coversArrivalOn(LocalDate date) {
        return !date.isBefore(startDate) && (liftedOn == null || date.isBefore(liftedOn));
    }
}
