package cn.baishan.enrollment.registration.admission.domain;

/** Where a family's appeal (申诉) stands. */
public enum AppealStatus {
    SUBMITTED("已提交，待区县教育局复核"),
    UPHELD("申诉成立"),
    DISMISSED("申诉不成立，维持原结果");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
