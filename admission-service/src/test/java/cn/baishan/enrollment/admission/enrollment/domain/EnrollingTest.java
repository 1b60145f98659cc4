package cn.baishan.enrollment.admission.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnrollingTest {

    @Test
    void aSchoolEnrollsAChildItAdmitted() {
        assertThatCode(() -> Enrolling.check("S1", "S1", null)).doesNotThrowAnyException();
    }

    @Test
    void aSchoolCannotEnrollAChildAdmittedElsewhere() {
        assertRefused(() -> Enrolling.check("S2", "S1", null), "admitted-elsewhere");
    }

    @Test
    void aChildWithoutAPublishedAdmissionCannotBeEnrolled() {
        assertRefused(() -> Enrolling.check("S1", null, null), "not-admitted");
    }

    @Test
    void aChildEnrolledAnywhereCannotBeEnrolledAgain() {
        assertRefused(() -> Enrolling.check("S1", "S1", "S1"), "already-enrolled");
        assertRefused(() -> Enrolling.check("S2", "S2", "S1"), "already-enrolled");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        EnrollmentRefusedException.class, e -> org.assertj.core.api.Assertions.assertThat(e.rule())
                                .isEqualTo(rule));
    }
}
