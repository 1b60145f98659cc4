package cn.baishan.enrollment.registration.applications.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as shown to its family or to staff; every ID number masked. */
record ApplicationView(
        UUID id,
        String status,
        String statusLabel,
        String districtCode,
        int enrollmentYear,
        String stage,
        PersonView child,
        List<GuardianView> guardians,
        String hukouAddress,
        String category,
        String zoneCode,
        List<String> flags,
        List<SupplementItemView> supplementItems,
        List<CheckView> checks,
        List<TimelineView> timeline,
        Instant submittedAt,
        boolean assisted) {

    record PersonView(String name, String idType, String idNumberMasked, LocalDate birthDate, String sex) {}

    record GuardianView(String name, String relation, String idType, String idNumberMasked) {}

    record SupplementItemView(String code, String field, String reason, String remedy) {}

    record CheckView(String source, String outcome, String evidence) {}

    record TimelineView(String status, String label, Instant at, String note) {}
}
