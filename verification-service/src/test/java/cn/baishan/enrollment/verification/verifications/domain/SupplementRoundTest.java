package cn.baishan.enrollment.verification.verifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One supplement round: the corrected declaration is verified again, asking only what the changes touch. */
class SupplementRoundTest {

    static final Instant T0 = Instant.parse("2027-05-10T01:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10));
    static final String HOME = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final String WRONG_HOME = "吉林省白山市浑江区红旗街道东兴社区春城小区9栋2单元101号";
    static final Person CHILD = new Person("RESIDENT_ID", "220602202103150020", "张子涵", "CHILD");
    static final Person FATHER = new Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER");
    static final ZoneLookup ZONE = new ZoneLookup.Matched("220602-P-01", List.of("220602001"));
    static final HouseholdLookup REGISTERED = new HouseholdLookup.Found(new HouseholdRecord(
            "张子涵", LocalDate.of(2021, 3, 15), "220602000001", HOME, "220602", LocalDate.of(2019, 6, 1)));
    static final PropertyLookup OWNS_HOME = new PropertyLookup.Found(List.of(new PropertyRecord(
            "BDC-1",
            "吉(2019)白山市不动产权第0001234号",
            HOME,
            "220602",
            "RESIDENTIAL",
            LocalDate.of(2019, 5, 20),
            List.of(FATHER.idNumber()))));

    static Claims home(String address) {
        return new Claims(null, address, null, false, false, null, null, false, null, null, List.of());
    }

    static Verification decidedWithWrongHome() {
        var subject = new Subject("220602", 2027, "PRIMARY_GRADE_1", CHILD, List.of(FATHER), HOME, home(WRONG_HOME));
        var v = Verification.open(UUID.randomUUID(), UUID.randomUUID(), subject, "req-1", T0);
        v.applyAnswers(REGISTERED, ZONE, OWNS_HOME, Map.of("BDC-1", ZONE), null, List.of(), T0, RETRY);
        return v;
    }

    @Test
    void aCorrectedHomeIsVerifiedAgainComparingTheLastHukouAnswerAndAskingOnlyTheRealEstateRegistry() {
        var v = decidedWithWrongHome();
        assertThat(v.supplementItems()).extracting(SupplementItem::code).containsExactly("PROPERTY_NOT_CONFIRMED");

        boolean reopened = v.supplemented(
                new Declaration(CHILD, List.of(FATHER), HOME, home(HOME)),
                Set.of("claims.property"),
                T0.plusSeconds(60));

        assertThat(reopened).isTrue();
        assertThat(v.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(v.isDue(T0.plusSeconds(60))).isTrue();
        assertThat(v.departmentsToAskAgain()).containsExactly(Verification.REAL_ESTATE);
        assertThat(v.mayReuseAnswerOf(Verification.HOUSEHOLD_REGISTRATION)).isTrue();
        assertThat(v.mayReuseAnswerOf(Verification.REAL_ESTATE)).isFalse();
        assertThat(v.subject().claims().propertyAddress()).isEqualTo(HOME);
        assertThat(v.subject().districtCode()).isEqualTo("220602");

        v.applyAnswers(
                v.lastAnswers().household(),
                ZONE,
                OWNS_HOME,
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0.plusSeconds(61),
                RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).isEqualTo(Categories.HUKOU_AND_PROPERTY);
        assertThat(v.departmentsToAskAgain())
                .as("after the verdict, a later run asks everyone")
                .isNull();
        assertThat(v.mayReuseAnswerOf(Verification.HOUSEHOLD_REGISTRATION)).isFalse();
    }

    @Test
    void onlyAVerificationThatAskedForASupplementTakesOne() {
        var verified = Verification.open(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new Subject("220602", 2027, "PRIMARY_GRADE_1", CHILD, List.of(FATHER), HOME, Claims.NONE),
                "req-2",
                T0);
        verified.applyAnswers(REGISTERED, ZONE, OWNS_HOME, Map.of("BDC-1", ZONE), null, List.of(), T0, RETRY);

        assertThat(verified.supplemented(
                        new Declaration(CHILD, List.of(FATHER), HOME, Claims.NONE), Set.of("hukouAddress"), T0))
                .isFalse();
        assertThat(verified.status()).isEqualTo(VerificationStatus.COMPLETED);
    }

    @Test
    void eachChangedFieldNamesTheDepartmentsWhoseAnswersItTouches() {
        assertThat(Verification.departmentsTouchedBy(Set.of("hukouAddress")))
                .containsExactly(Verification.HOUSEHOLD_REGISTRATION);
        assertThat(Verification.departmentsTouchedBy(Set.of("child.idNumber")))
                .containsExactly(Verification.HOUSEHOLD_REGISTRATION);
        assertThat(Verification.departmentsTouchedBy(Set.of("guardians")))
                .containsExactlyInAnyOrder(Verification.REAL_ESTATE, Verification.RESIDENCE_PERMIT);
        assertThat(Verification.departmentsTouchedBy(Set.of("claims.socialInsuranceDeclared")))
                .containsExactly(Verification.RESIDENCE_PERMIT);
        assertThat(Verification.departmentsTouchedBy(Set.of("claims.olderSibling", "claims.schoolPreferences")))
                .isEmpty();
    }
}
