package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.registration.applications.domain.Claims;
import cn.baishan.enrollment.registration.applications.domain.PreferentialGroup;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the family declares beyond the hukou address, every part optional. The rules (a legal basis for
 * a preferential group, 9-digit school codes, direct promotion for grade 7 only, distinct preferences)
 * are the domain's, so that all broken ones are reported together.
 */
record ClaimsRequest(
        String residenceAddress,
        PropertyRequest property,
        Boolean residencePermitDeclared,
        Boolean socialInsuranceDeclared,
        PreferentialRequest preferentialGroup,
        DisabilityRequest disability,
        SiblingRequest olderSibling,
        String directPromotionPrimarySchoolCode,
        // the district's limit (default 5) is checked by the domain; this only bounds the request
        @Size(max = 20) List<String> schoolPreferences) {

    record PropertyRequest(String address, String certificateNumber) {}

    record PreferentialRequest(PreferentialGroup group, String basisDocument) {}

    record DisabilityRequest(String certificateNumber, Boolean expertAssessmentRequested) {}

    record SiblingRequest(String name, String schoolCode) {}

    Claims toDomain() {
        return new Claims(
                residenceAddress,
                property == null ? null : new Claims.PropertyClaim(property.address(), property.certificateNumber()),
                Boolean.TRUE.equals(residencePermitDeclared),
                Boolean.TRUE.equals(socialInsuranceDeclared),
                preferentialGroup == null
                        ? null
                        : new Claims.PreferentialClaim(preferentialGroup.group(), preferentialGroup.basisDocument()),
                disability == null
                        ? null
                        : new Claims.DisabilityClaim(
                                disability.certificateNumber(),
                                Boolean.TRUE.equals(disability.expertAssessmentRequested())),
                olderSibling == null ? null : new Claims.SiblingClaim(olderSibling.name(), olderSibling.schoolCode()),
                directPromotionPrimarySchoolCode,
                schoolPreferences);
    }
}
