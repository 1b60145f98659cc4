package cn.baishan.enrollment.admission.enrollment.domain;

import java.util.Objects;

/**
 * The rule of enrollment confirmation, city-wide: a school enrolls only a child whose one current admission is a seat
 * at that very school, and only once.
 */
public final class Enrolling {

    private Enrolling() {}

    /**
     * @param admittedSchool the school of the child's current admission (ADMITTED outcome), null when none
     * @param enrolledAt the school the child is enrolled at already, null when not enrolled
     */
    public static void check(String school, String admittedSchool, String enrolledAt) {
        if (enrolledAt != null) {
            throw new EnrollmentRefusedException(
                    "already-enrolled", enrolledAt.equals(school) ? "该儿童已在本校确认入学。" : "该儿童已在其他学校确认入学，不能重复入学。");
        }
        if (admittedSchool == null) {
            throw new EnrollmentRefusedException("not-admitted", "该儿童没有已发布的录取结果，不能确认入学。");
        }
        if (!Objects.equals(admittedSchool, school)) {
            throw new EnrollmentRefusedException("admitted-elsewhere", "该儿童已被其他学校录取，本校不能为其确认入学（一人一录取，全市通用）。");
        }
    }
}
