package cn.baishan.enrollment.verification.verifications.domain;

import java.util.Arrays;
import java.util.Optional;

/** What changed about a person, and which department may say so (SPEC §2: change notices). */
public enum ChangeNoticeKind {
    HUKOU_MOVED_OUT(PartnerDepartment.PUBLIC_SECURITY, "户籍迁出"),
    HUKOU_MOVED_IN(PartnerDepartment.PUBLIC_SECURITY, "户籍迁入"),
    RESIDENCE_PERMIT_REVOKED(PartnerDepartment.PUBLIC_SECURITY, "居住证注销"),
    PROPERTY_TRANSFERRED(PartnerDepartment.NATURAL_RESOURCES, "不动产转移登记"),
    INSURANCE_INTERRUPTED(PartnerDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY, "社保缴纳中断");

    private final PartnerDepartment department;
    private final String description;

    ChangeNoticeKind(PartnerDepartment department, String description) {
        this.department = department;
        this.description = description;
    }

    public static Optional<ChangeNoticeKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    /** Only the department that keeps the registry may report a change in it. */
    public boolean maySendBy(PartnerDepartment sender) {
        return department == sender;
    }

    public PartnerDepartment department() {
        return department;
    }

    public String description() {
        return description;
    }
}
