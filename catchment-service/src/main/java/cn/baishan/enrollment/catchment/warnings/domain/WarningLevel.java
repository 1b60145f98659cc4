package cn.baishan.enrollment.catchment.warnings.domain;

/** How tight a school's seats are: demand over seats against the district's thresholds. */
public enum WarningLevel {
    NONE("无预警"),
    YELLOW("黄色预警"),
    ORANGE("橙色预警"),
    RED("红色预警");

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
