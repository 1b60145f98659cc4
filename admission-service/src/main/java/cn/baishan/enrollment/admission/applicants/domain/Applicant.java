package cn.baishan.enrollment.admission.applicants.domain;

import java.util.UUID;

/**
 * What admission keeps of one application (PIPL: the minimum): its public id, a masked name for the
 * public lists, a keyed blind index of the child's ID number (one child, one admission city-wide), the
 * child's sex and special-needs status (for sunshine classes), and where verification left it.
 *
 * @param stage {@code PRIMARY} or {@code JUNIOR}
 * @param status {@code PENDING} (not yet verified), {@code VERIFIED}, {@code NEEDS_SUPPLEMENT}
 * @param sex {@code F}, {@code M} or null when the ID document does not tell
 */
public record Applicant(
        UUID applicationId,
        String publicId,
        String districtCode,
        int enrollmentYear,
        String stage,
        String maskedName,
        String childKey,
        String sex,
        boolean specialNeeds,
        String status) {}
