package cn.baishan.enrollment.registration.admission.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The admission notice in force, as the family reads it, with its explanation and the appeal. */
record AdmissionView(
        UUID applicationId,
        UUID noticeId,
        UUID runId,
        String districtCode,
        int enrollmentYear,
        String stage,
        String publicId,
        String outcome,
        String outcomeLabel,
        String schoolCode,
        String schoolName,
        String route,
        String routeLabel,
        ExplanationView explanation,
        Instant issuedAt,
        LocalDate appealDeadline,
        boolean appealOpen,
        AppealView appeal) {

    record ExplanationView(
            int tierRank,
            String tierName,
            String lotteryNumber,
            int lotteryRank,
            List<ConsideredView> considered,
            String reason) {}

    record ConsideredView(
            String schoolCode, String phase, boolean admitted, Integer cutoffTierRank, Integer cutoffLotteryRank) {}
}
