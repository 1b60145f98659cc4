package cn.baishan.enrollment.verification.verifications.domain;

/** Registration names stages by entry grade, catchment by school level; this is the one mapping. */
public final class Stages {

    private Stages() {}

    /** PRIMARY_GRADE_1 → PRIMARY, JUNIOR_GRADE_7 → JUNIOR. */
    public static String catchmentStage(String registrationStage) {
        return registrationStage != null && registrationStage.startsWith("JUNIOR") ? "JUNIOR" : "PRIMARY";
    }
}
