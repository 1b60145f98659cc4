package cn.baishan.enrollment.verification.audit.domain;

import java.util.EnumSet;
import java.util.Set;

/** The registries verification asks, each owned by one partner department. */
public enum Department {
    HOUSEHOLD_REGISTRATION("义务教育入学资格核验：户籍地址与迁入日期"),
    REAL_ESTATE("义务教育入学资格核验：监护人名下住房（户房一致）"),
    RESIDENCE_PERMIT("随迁子女入学资格核验：居住证"),
    SOCIAL_INSURANCE("随迁子女入学资格核验：社保连续缴纳");

    private final String purpose;

    Department(String purpose) {
        this.purpose = purpose;
    }

    /** Why verification asks this registry, as the family and the department read it. */
    public String purpose() {
        return purpose;
    }

    /**
     * What a partner client may see of the log: the registries its department keeps. The value is the
     * {@code department} claim of the partner's token (realm {@code baishan}); an unknown one sees nothing.
     */
    public static Set<Department> keptBy(String partnerDepartment) {
        if (partnerDepartment == null) {
            return Set.of();
        }
        return switch (partnerDepartment) {
            case "PUBLIC_SECURITY" -> EnumSet.of(HOUSEHOLD_REGISTRATION, RESIDENCE_PERMIT);
            case "NATURAL_RESOURCES" -> EnumSet.of(REAL_ESTATE);
            case "HUMAN_RESOURCES_SOCIAL_SECURITY" -> EnumSet.of(SOCIAL_INSURANCE);
            default -> Set.of();
        };
    }
}
