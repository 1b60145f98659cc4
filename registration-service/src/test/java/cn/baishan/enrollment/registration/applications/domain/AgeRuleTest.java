package cn.baishan.enrollment.registration.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgeRuleTest {

    static ApplicationForm gradeOne(String childId, DistrictRules rules, Stage stage) {
        return ApplicationForm.of(
                "220602",
                2027,
                stage,
                ApplicationFormTest.resident("张一", childId),
                List.of(ApplicationFormTest.father()),
                ApplicationFormTest.HUKOU,
                Claims.NONE,
                rules);
    }

    @Test
    void aChildWhoTurnsSixOnTheCutOffDayMayEnterGradeOne() {
        // born 2021-08-31: six full years on 2027-08-31
        assertThatCode(() -> gradeOne("220602202108310011", DistrictRules.DEFAULT, Stage.PRIMARY_GRADE_1))
                .doesNotThrowAnyException();
    }

    @Test
    void aChildTooYoungIsToldTheDayItTurnsSix() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> gradeOne("220602202109010010", DistrictRules.DEFAULT, Stage.PRIMARY_GRADE_1));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("child.birthDate", "age-six-by-cut-off"));
        assertThat(e.violations().get(0).message()).contains("2027年8月31日").contains("2027年9月1日");
    }

    @Test
    void aDistrictWithALaterCutOffAcceptsTheSameChild() {
        var september = new DistrictRules(MonthDay.of(9, 30), 5);

        var form = gradeOne("220602202109010010", september, Stage.PRIMARY_GRADE_1);

        assertThat(form.child().birthDate()).isEqualTo(LocalDate.of(2021, 9, 1));
    }

    @Test
    void theAgeRuleIsForGradeOneOnly() {
        assertThatCode(() -> gradeOne("220602202109010010", DistrictRules.DEFAULT, Stage.JUNIOR_GRADE_7))
                .doesNotThrowAnyException();
    }

    @Test
    void aDeclaredBirthDateOfAPassportChildIsCheckedToo() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> ApplicationForm.of(
                        "220602",
                        2027,
                        Stage.PRIMARY_GRADE_1,
                        new ApplicationForm.PersonInput(
                                "Anna", IdType.PASSPORT, "E12345678", LocalDate.of(2022, 1, 5), Sex.FEMALE),
                        List.of(ApplicationFormTest.father()),
                        ApplicationFormTest.HUKOU,
                        Claims.NONE,
                        DistrictRules.DEFAULT));

        assertThat(e.violations().get(0).message()).contains("2028年1月5日");
    }
}
