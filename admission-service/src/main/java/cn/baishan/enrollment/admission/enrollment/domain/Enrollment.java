package cn.baishan.enrollment.admission.enrollment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A child confirmed at the school that admitted it (入学确认). One per child city-wide, keyed by the blind index of the
 * ID number; sex and special needs are kept for sunshine classes and nothing else.
 *
 * @param sex {@code F}, {@code M} or null when the ID document does not tell
 */
public record Enrollment(
        UUID id,
        UUID applicationId,
        String childKey,
        String schoolCode,
        String districtCode,
        int enrollmentYear,
        String stage,
        String publicId,
        String sex,
        boolean specialNeeds,
        String enrolledBy,
        Instant enrolledAt) {}
