package cn.baishan.enrollment.events.registration;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A parent (or collection-point staff on the parent's behalf) submitted an enrollment application.
 * Carries the declared claims verification and admission need, and nothing else (PIPL minimal data):
 * ID numbers travel only on the platform's internal topic, never in logs. Version 2 added
 * {@code claims} (absent, i.e. null, in version-1 records: only the hukou address was declared).
 */
public record ApplicationSubmitted(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        String districtCode,
        int enrollmentYear,
        String stage,
        Person child,
        List<Person> guardians,
        String declaredHukouAddress,
        Claims claims)
        implements IntegrationEvent {

    public static final String TYPE = "ApplicationSubmitted";
    public static final int VERSION = 2;

    public ApplicationSubmitted {
        guardians = List.copyOf(guardians);
        claims = claims == null ? Claims.NONE : claims;
    }

    /** A person named in the application: ID document type and number, name. */
    public record Person(String idType, String idNumber, String name, String relation) {}

    /**
     * Everything the family declares beyond the hukou address (SPEC §1), each optional. Verification
     * compares the first five against the departments; the rest are for district staff, the expert
     * committee and allocation.
     *
     * @param residenceAddress where the child actually lives (实际居住地址); null when the same as the hukou address
     * @param property the family home the guardians declare they own, null when none is declared
     * @param residencePermitDeclared a guardian holds a Baishan residence permit (居住证)
     * @param socialInsuranceDeclared a guardian pays social insurance in Baishan (社保)
     * @param preferentialGroup a preferential-policy group with the district's published legal basis, or null
     * @param disability a declared disability asking for the expert committee's assessment, or null
     * @param olderSibling an older sibling at a school (长幼随学), or null
     * @param directPromotionPrimarySchoolCode grade 7: the primary school the child leaves (对口直升), or null
     * @param schoolPreferences school codes of a multi-school zone in the parents' order; empty when none
     */
    public record Claims(
            String residenceAddress,
            PropertyClaim property,
            boolean residencePermitDeclared,
            boolean socialInsuranceDeclared,
            PreferentialClaim preferentialGroup,
            DisabilityClaim disability,
            SiblingClaim olderSibling,
            String directPromotionPrimarySchoolCode,
            List<String> schoolPreferences) {

        /** A version-1 application: nothing declared beyond the hukou address. */
        public static final Claims NONE = new Claims(null, null, false, false, null, null, null, null, List.of());

        public Claims {
            schoolPreferences = schoolPreferences == null ? List.of() : List.copyOf(schoolPreferences);
        }
    }

    /** A declared home: its address and, when the family has it at hand, the certificate number. */
    public record PropertyClaim(String address, String certificateNumber) {}

    /**
     * A preferential-policy group (e.g. {@code MARTYR_CHILD}, {@code ACTIVE_MILITARY}, {@code POLICE_HERO},
     * {@code FIREFIGHTER}, {@code HIGH_LEVEL_TALENT}, {@code OTHER_ENTITLED}) and the district's published
     * document that grants it.
     */
    public record PreferentialClaim(String group, String basisDocument) {}

    /** A declared disability; the certificate number is optional (the committee assesses either way). */
    public record DisabilityClaim(String certificateNumber, boolean expertAssessmentRequested) {}

    /** An older sibling at a school of the same district (长幼随学). */
    public record SiblingClaim(String siblingName, String schoolCode) {}

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
