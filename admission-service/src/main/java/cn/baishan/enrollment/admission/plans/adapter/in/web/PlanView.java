package cn.baishan.enrollment.admission.plans.adapter.in.web;

import java.time.Instant;

/** A plan as staff see it: who changed it last, and the seats the allocation may fill. */
record PlanView(
        String schoolCode,
        int enrollmentYear,
        String stage,
        String districtCode,
        int classes,
        int classSizeCap,
        int seats,
        int reservedSeats,
        int capacity,
        String updatedBy,
        Instant updatedAt) {

    /** The published plan (招生计划公示): the figures, no staff names. */
    record Public(
            String schoolCode,
            int enrollmentYear,
            String stage,
            String districtCode,
            int classes,
            int classSizeCap,
            int seats,
            int reservedSeats) {}
}
