package cn.baishan.enrollment.registration.applications.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the family declares beyond the hukou address (SPEC §1), each part optional: verification compares
 * the residence, property, permit and insurance claims against the departments; the rest is for
 * district staff, the expert committee and allocation.
 *
 * @param residenceAddress where the child actually lives (实际居住地址), null when the same as the hukou address
 * @param property the home the guardians declare they own, or null
 * @param preferentialGroup a preferential-policy group with its legal basis, or null
 * @param disability a declared disability for the expert committee, or null
 * @param olderSibling an older sibling at a school (长幼随学), or null
 * @param directPromotionPrimarySchoolCode grade 7 only: the primary school the child leaves (对口直升)
 * @param schoolPreferences school codes of a multi-school zone in the parents' order
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

    /** Nothing declared beyond the hukou address. */
    public static final Claims NONE = new Claims(null, null, false, false, null, null, null, null, List.of());

    /** School codes are the 9-digit codes of the catchment directory (district code + 3 digits). */
    static final Pattern SCHOOL_CODE = Pattern.compile("\\d{9}");

    static final int MAX_ADDRESS = 200;

    public Claims {
        schoolPreferences = schoolPreferences == null ? List.of() : List.copyOf(schoolPreferences);
    }

    /** A declared home: its address and, when the family has it at hand, the certificate number. */
    public record PropertyClaim(String address, String certificateNumber) {}

    /** A preferential-policy group and the district's published document that grants it. */
    public record PreferentialClaim(PreferentialGroup group, String basisDocument) {}

    /**
     * A declared disability. The certificate number (残疾人证号) embeds the holder's ID number, so it is
     * as sensitive as one: masked in {@code toString}, encrypted at rest.
     */
    public record DisabilityClaim(String certificateNumber, boolean expertAssessmentRequested) {

        public String certificateMasked() {
            return Masking.idNumber(certificateNumber);
        }

        @Override
        public String toString() {
            return "DisabilityClaim[" + certificateMasked() + ", expertAssessmentRequested=" + expertAssessmentRequested
                    + "]";
        }
    }

    /** An older sibling at a school of the same district (长幼随学). */
    public record SiblingClaim(String name, String schoolCode) {}

    /**
     * Checks raw claims for a stage and returns them trimmed; every broken rule is added to
     * {@code violations} under {@code claims.…}.
     */
    static Claims validate(Claims raw, Stage stage, int maxSchoolPreferences, List<Violation> violations) {
        if (raw == null) {
            return NONE;
        }
        String residence = optionalText(raw.residenceAddress(), "claims.residenceAddress", MAX_ADDRESS, violations);
        PropertyClaim property = null;
        if (raw.property() != null) {
            String address = requiredText(raw.property().address(), "claims.property.address", MAX_ADDRESS, violations);
            String certificate = optionalText(
                    raw.property().certificateNumber(), "claims.property.certificateNumber", 50, violations);
            property = new PropertyClaim(address, certificate);
        }
        PreferentialClaim preferential = null;
        if (raw.preferentialGroup() != null) {
            if (raw.preferentialGroup().group() == null) {
                violations.add(new Violation("claims.preferentialGroup.group", "required", "请选择优待政策类别"));
            }
            String basis = raw.preferentialGroup().basisDocument();
            if (basis == null || basis.isBlank()) {
                violations.add(new Violation(
                        "claims.preferentialGroup.basisDocument", "required", "申报优待政策须填写本县（市、区）公布的政策依据文件"));
                basis = null;
            } else {
                basis = optionalText(basis, "claims.preferentialGroup.basisDocument", 200, violations);
            }
            preferential = new PreferentialClaim(raw.preferentialGroup().group(), basis);
        }
        DisabilityClaim disability = null;
        if (raw.disability() != null) {
            String certificate = raw.disability().certificateNumber();
            if (certificate != null && !certificate.isBlank()) {
                certificate = certificate.trim().toUpperCase();
                if (!certificate.matches("[0-9X]{18,22}")) {
                    violations.add(
                            new Violation("claims.disability.certificateNumber", "format", "残疾人证号应为18至22位数字（末位可为X）"));
                }
            } else {
                certificate = null;
            }
            disability = new DisabilityClaim(certificate, raw.disability().expertAssessmentRequested());
        }
        SiblingClaim sibling = null;
        if (raw.olderSibling() != null) {
            String name = requiredText(raw.olderSibling().name(), "claims.olderSibling.name", 50, violations);
            String school = raw.olderSibling().schoolCode();
            if (school == null || !SCHOOL_CODE.matcher(school.trim()).matches()) {
                violations.add(new Violation("claims.olderSibling.schoolCode", "school-code", "学校代码应为9位数字"));
            }
            sibling = new SiblingClaim(name, school == null ? null : school.trim());
        }
        String promotion = raw.directPromotionPrimarySchoolCode();
        if (promotion != null) {
            promotion = promotion.trim();
            if (stage != Stage.JUNIOR_GRADE_7) {
                violations.add(
                        new Violation("claims.directPromotionPrimarySchoolCode", "grade-7-only", "对口直升仅适用于初中七年级报名"));
            } else if (!SCHOOL_CODE.matcher(promotion).matches()) {
                violations.add(new Violation("claims.directPromotionPrimarySchoolCode", "school-code", "学校代码应为9位数字"));
            }
        }
        List<String> preferences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> rawPreferences = raw.schoolPreferences() == null ? List.of() : raw.schoolPreferences();
        if (rawPreferences.size() > maxSchoolPreferences) {
            violations.add(
                    new Violation("claims.schoolPreferences", "max-size", "志愿学校最多填写" + maxSchoolPreferences + "所"));
        }
        for (int i = 0; i < rawPreferences.size(); i++) {
            String code =
                    rawPreferences.get(i) == null ? "" : rawPreferences.get(i).trim();
            if (!SCHOOL_CODE.matcher(code).matches()) {
                violations.add(new Violation("claims.schoolPreferences[" + i + "]", "school-code", "学校代码应为9位数字"));
            } else if (!seen.add(code)) {
                violations.add(new Violation("claims.schoolPreferences[" + i + "]", "distinct", "志愿学校不能重复填写"));
            }
            preferences.add(code);
        }
        return new Claims(
                residence,
                property,
                raw.residencePermitDeclared(),
                raw.socialInsuranceDeclared(),
                preferential,
                disability,
                sibling,
                promotion,
                preferences);
    }

    /** Which parts differ from {@code other}, as the form's paths ({@code claims.property}, …). */
    List<String> changedParts(Claims other) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(residenceAddress, other.residenceAddress)) {
            changed.add("claims.residenceAddress");
        }
        if (!Objects.equals(property, other.property)) {
            changed.add("claims.property");
        }
        if (residencePermitDeclared != other.residencePermitDeclared) {
            changed.add("claims.residencePermitDeclared");
        }
        if (socialInsuranceDeclared != other.socialInsuranceDeclared) {
            changed.add("claims.socialInsuranceDeclared");
        }
        if (!Objects.equals(preferentialGroup, other.preferentialGroup)) {
            changed.add("claims.preferentialGroup");
        }
        if (!Objects.equals(disability, other.disability)) {
            changed.add("claims.disability");
        }
        if (!Objects.equals(olderSibling, other.olderSibling)) {
            changed.add("claims.olderSibling");
        }
        if (!Objects.equals(directPromotionPrimarySchoolCode, other.directPromotionPrimarySchoolCode)) {
            changed.add("claims.directPromotionPrimarySchoolCode");
        }
        if (!schoolPreferences.equals(other.schoolPreferences)) {
            changed.add("claims.schoolPreferences");
        }
        return changed;
    }

    private static String optionalText(String value, String field, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            violations.add(new Violation(field, "max-length", "不能超过" + max + "个字"));
        }
        return trimmed;
    }

    private static String requiredText(String value, String field, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required", "此项必填"));
            return null;
        }
        return optionalText(value, field, max, violations);
    }
}
