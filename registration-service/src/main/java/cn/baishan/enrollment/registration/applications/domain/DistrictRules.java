package cn.baishan.enrollment.registration.applications.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The rules a district sets for its forms: the grade-1 age cut-off (six full years by this day of the
 * enrollment year; the plan's default is 31 August) and how many schools of a multi-school zone a
 * family may rank.
 */
public record DistrictRules(MonthDay ageCutOff, int maxSchoolPreferences) {

    public static final DistrictRules DEFAULT = new DistrictRules(MonthDay.of(8, 31), 5);

    public static final int ENTRY_AGE = 6;

    public DistrictRules {
        Objects.requireNonNull(ageCutOff);
        if (maxSchoolPreferences < 0) {
            throw new IllegalArgumentException("maxSchoolPreferences must not be negative");
        }
    }

    /** The cut-off day in an enrollment year. */
    public LocalDate cutOff(int enrollmentYear) {
        return ageCutOff.atYear(enrollmentYear);
    }

    /** The day a child born on {@code birthDate} turns six (周岁). */
    public static LocalDate sixthBirthday(LocalDate birthDate) {
        return birthDate.plusYears(ENTRY_AGE);
    }

    /** Whether a child is six full years old by the cut-off of the enrollment year. */
    public boolean oldEnoughForGradeOne(LocalDate birthDate, int enrollmentYear) {
        return !sixthBirthday(birthDate).isAfter(cutOff(enrollmentYear));
    }
}
