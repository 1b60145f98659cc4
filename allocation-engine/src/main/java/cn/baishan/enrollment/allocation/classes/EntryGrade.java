package cn.baishan.enrollment.allocation.classes;

/** The two entry grades that get sunshine classes, each with the default class-size cap of SPEC §4. */
public enum EntryGrade {
    GRADE_1(45),
    GRADE_7(50);

    private final int defaultCap;

    EntryGrade(int defaultCap) {
        this.defaultCap = defaultCap;
    }

    public int defaultCap() {
        return defaultCap;
    }
}
