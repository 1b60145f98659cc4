package cn.baishan.enrollment.registration.admission.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Notice fixtures for the admission tests. */
public final class AdmissionNotices {

    private AdmissionNotices() {}

    public static AdmissionNotice admitted(UUID applicationId, Instant issuedAt, LocalDate deadline) {
        return notice(applicationId, "ADMITTED", "220602001", "白山市第一实验小学", "IN_ZONE", issuedAt, deadline, null);
    }

    public static AdmissionNotice notice(
            UUID applicationId,
            String outcome,
            String schoolCode,
            String schoolName,
            String route,
            Instant issuedAt,
            LocalDate deadline,
            UUID appealId) {
        return new AdmissionNotice(
                UUID.randomUUID(),
                applicationId,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                "P2027-3F9A2C1B7D4E",
                outcome,
                schoolCode,
                schoolName,
                route,
                new Explanation(
                        1,
                        "户房一致",
                        "00a1b2c3d4e5f607",
                        12,
                        List.of(
                                new ConsideredSchool("220602001", "IN_ZONE", true, 1, 40),
                                new ConsideredSchool("220602002", "IN_ZONE", false, null, null)),
                        "按第一顺位、摇号序号12在学区内录取"),
                deadline,
                appealId,
                issuedAt);
    }
}
