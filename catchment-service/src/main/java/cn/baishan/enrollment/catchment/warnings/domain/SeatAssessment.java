package cn.baishan.enrollment.catchment.warnings.domain;

import cn.baishan.enrollment.catchment.schools.domain.Stage;

/** A school's forecast for one year: seats, expected demand from its zone(s), and the resulting level. */
public record SeatAssessment(
        String schoolCode,
        String schoolName,
        Stage stage,
        int enrollmentYear,
        int seats,
        int demand,
        WarningLevel level) {

    public double ratio() {
        return seats == 0 ? Double.POSITIVE_INFINITY : (double) demand / seats;
    }
}
