package cn.baishan.enrollment.verification.verifications.domain;

import java.util.List;

/**
 * What the family declared beyond the hukou address. Verification compares the declared home, permit
 * and insurance against the departments; a declared preferential group goes to district staff, who
 * check the certificate against the district's published legal basis; the rest travels on for
 * allocation.
 *
 * @param propertyAddress the home the guardians declare they own, or null
 * @param preferentialGroup e.g. {@code FIREFIGHTER}, or null; {@code preferentialBasis} names the district's document
 */
public record Claims(
        String residenceAddress,
        String propertyAddress,
        String propertyCertificateNumber,
        boolean residencePermitDeclared,
        boolean socialInsuranceDeclared,
        String preferentialGroup,
        String preferentialBasis,
        boolean disabilityDeclared,
        String siblingSchoolCode,
        String directPromotionSchoolCode,
        List<String> schoolPreferences) {

    /** Nothing declared beyond the hukou address (applications of the first platform version). */
    public static final Claims NONE =
            new Claims(null, null, null, false, false, null, null, false, null, null, List.of());

    public Claims {
        schoolPreferences = schoolPreferences == null ? List.of() : List.copyOf(schoolPreferences);
    }

    public boolean propertyDeclared() {
        return propertyAddress != null && !propertyAddress.isBlank();
    }

    public boolean preferentialGroupDeclared() {
        return preferentialGroup != null && !preferentialGroup.isBlank();
    }
}
