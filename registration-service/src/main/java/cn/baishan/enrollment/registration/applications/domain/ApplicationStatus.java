package cn.baishan.enrollment.registration.applications.domain;

/** Where an application stands, as the parent sees it on the timeline. */
public enum ApplicationStatus {
    SUBMITTED("已提交"),
    VERIFYING("核验中"),
    NEEDS_SUPPLEMENT("需补充材料"),
    /** The family answered the supplement list; verification checks the changed parts again. */
    SUPPLEMENTED("已补充材料"),
    VERIFIED("核验通过");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    /** The Chinese label parents see. */
    public String label() {
        return label;
    }
}
