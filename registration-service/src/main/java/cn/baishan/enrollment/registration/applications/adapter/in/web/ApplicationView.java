package cn.baishan.enrollment.registration.applications.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An application as shown to its family or to staff; every ID number masked. {@code reusedFacts} names
 * what an earlier verified application of the family already established.
 */
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
        ClaimsView claims,
        String category,
        String zoneCode,
        List<String> flags,
        List<SupplementItemView> supplementItems,
        int supplementRound,
        List<CheckView> checks,
        List<TimelineView> timeline,
        List<ReusedFactView> reusedFacts,
        Instant submittedAt,
        boolean assisted,
        String submittedByUsername) {

    ApplicationView withReusedFacts(List<ReusedFactView> facts) {
        return new ApplicationView(
                id,
                status,
                statusLabel,
                districtCode,
                enrollmentYear,
                stage,
                child,
                guardians,
                hukouAddress,
                claims,
                category,
                zoneCode,
                flags,
                supplementItems,
                supplementRound,
                checks,
                timeline,
                List.copyOf(facts),
                submittedAt,
                assisted,
                submittedByUsername);
    }

    record PersonView(String name, String idType, String idNumberMasked, LocalDate birthDate, String sex) {}

    record GuardianView(String name, String relation, String idType, String idNumberMasked) {}

    record ClaimsView(
            String residenceAddress,
            PropertyView property,
            boolean residencePermitDeclared,
            boolean socialInsuranceDeclared,
            PreferentialView preferentialGroup,
            DisabilityView disability,
            SiblingView olderSibling,
            String directPromotionPrimarySchoolCode,
            List<String> schoolPreferences) {}

    record PropertyView(String address, String certificateNumber) {}

    record PreferentialView(String group, String basisDocument) {}

    record DisabilityView(String certificateNumberMasked, boolean expertAssessmentRequested) {}

    record SiblingView(String name, String schoolCode) {}

    record SupplementItemView(String code, String field, String reason, String remedy) {}

    record CheckView(String source, String outcome, String evidence) {}

    record TimelineView(String status, String label, Instant at, String note) {}

    record ReusedFactView(String fact, UUID fromApplicationId, Instant verifiedAt) {}
}
