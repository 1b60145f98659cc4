package cn.baishan.enrollment.admission.applicants.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An applicant as staff see it: masked, no ID number, no address, no coordinates (only whether the home
 * has a verified position, which decides how overflow measures distance).
 */
record ApplicantView(
        UUID applicationId,
        String publicId,
        String districtCode,
        int enrollmentYear,
        String stage,
        String maskedName,
        String sex,
        String status,
        String category,
        String zoneCode,
        List<String> flags,
        List<String> preferences,
        String siblingSchoolCode,
        String directPromotionPrimarySchoolCode,
        boolean disabilityDeclared,
        boolean homeLocated,
        PlacementView placement) {

    record PlacementView(
            String placement, String schoolCode, String decisionNote, String decidedBy, Instant decidedAt) {}
}
