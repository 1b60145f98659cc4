package cn.baishan.enrollment.admission.plans.domain;

/** A school level as catchment names it; registration's entry grades map onto it. */
public enum Stage {
    PRIMARY(45),
    JUNIOR(50);

    private final int defaultClassSizeCap;

    Stage(int defaultClassSizeCap) {
        this.defaultClassSizeCap = defaultClassSizeCap;
    }

    /** The national standard class size (grade 1: 45, grade 7: 50), used when a plan leaves the cap blank. */
    public int defaultClassSizeCap() {
        return defaultClassSizeCap;
    }

    /** PRIMARY_GRADE_1 → PRIMARY, JUNIOR_GRADE_7 → JUNIOR; PRIMARY / JUNIOR unchanged. */
    public static Stage ofApplication(String stage) {
        return stage != null && stage.startsWith("JUNIOR") ? JUNIOR : PRIMARY;
    }

    /** The stage for a sheet or path value, or null when it is neither. */
    public static Stage parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "PRIMARY", "小学" -> PRIMARY;
            case "JUNIOR", "初中" -> JUNIOR;
            default -> null;
        };
    }
}
