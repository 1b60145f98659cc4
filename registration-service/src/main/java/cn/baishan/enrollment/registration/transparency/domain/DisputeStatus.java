package cn.baishan.enrollment.registration.transparency.domain;

/** Where a dispute stands. District staff's review adds the later states. */
public enum DisputeStatus {
    /** 已提交，待区县教育局核实 */
    SUBMITTED("已提交，待区县教育局核实");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
