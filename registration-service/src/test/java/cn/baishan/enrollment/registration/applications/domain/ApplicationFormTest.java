package cn.baishan.enrollment.registration.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationFormTest {

    static final String HUKOU = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";

    static ApplicationForm.PersonInput resident(String name, String number) {
        return new ApplicationForm.PersonInput(name, IdType.RESIDENT_ID, number, null, null);
    }

    static ApplicationForm.GuardianInput father() {
        return new ApplicationForm.GuardianInput(
                resident("张伟", "220602198803120034"), GuardianRelation.FATHER, "13800000000");
    }

    @Test
    void aResidentIdFormDerivesTheChildsBirthDateAndSex() {
        var form = ApplicationForm.of(
                "220602", 2027, Stage.PRIMARY_GRADE_1, resident("张子涵", "220602202103150020"), List.of(father()), HUKOU);

        assertThat(form.child().birthDate()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(form.child().sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> ApplicationForm.of(
                        "110101",
                        1999,
                        Stage.PRIMARY_GRADE_1,
                        resident("张子涵", "220602202103150021"),
                        List.of(new ApplicationForm.GuardianInput(
                                resident("张伟", "123"), GuardianRelation.FATHER, null)),
                        HUKOU));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("districtCode", "baishan-district"),
                        org.assertj.core.groups.Tuple.tuple("enrollmentYear", "range"),
                        org.assertj.core.groups.Tuple.tuple("child.idNumber", "check-digit"),
                        org.assertj.core.groups.Tuple.tuple("guardians[0].idNumber", "format"));
    }

    @Test
    void aPassportChildMustDeclareBirthDateAndSex() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> ApplicationForm.of(
                        "220602",
                        2027,
                        Stage.PRIMARY_GRADE_1,
                        new ApplicationForm.PersonInput("Anna", IdType.PASSPORT, "E12345678", null, null),
                        List.of(father()),
                        HUKOU));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("child.birthDate", "child.sex");
    }

    @Test
    void aGuardianCannotBeTheChild() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> ApplicationForm.of(
                        "220602",
                        2027,
                        Stage.PRIMARY_GRADE_1,
                        resident("张子涵", "220602202103150020"),
                        List.of(new ApplicationForm.GuardianInput(
                                resident("张子涵", "220602202103150020"), GuardianRelation.MOTHER, null)),
                        HUKOU));

        assertThat(e.violations()).extracting(Violation::rule).containsExactly("distinct-person");
    }
}
