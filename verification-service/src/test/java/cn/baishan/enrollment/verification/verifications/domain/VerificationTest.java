package cn.baishan.enrollment.verification.verifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationTest {

    static final Instant T0 = Instant.parse("2027-05-10T01:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10));
    static final String DECLARED = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final ZoneLookup ZONE = new ZoneLookup.Matched("220602-P-01", List.of("220602001"));
    static final PropertyLookup NO_PROPERTY = new PropertyLookup.Found(List.of());

    static PropertyLookup owns(String usage, LocalDate registered) {
        return new PropertyLookup.Found(List.of(new PropertyRecord(
                "BDC-1",
                "吉(2019)白山市不动产权第0001234号",
                DECLARED,
                "220602",
                usage,
                registered,
                List.of("220602198803120034"))));
    }

    static WarningNotice warningFrom(LocalDate start) {
        return new WarningNotice("220602001", "PRIMARY", 2027, start, null);
    }

    static Verification open(String childIdType) {
        var subject = new Subject(
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new Person(childIdType, "220602202103150020", "张子涵", "CHILD"),
                List.of(new Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER")),
                DECLARED,
                Claims.NONE);
        return Verification.open(UUID.randomUUID(), UUID.randomUUID(), subject, "req-1", T0);
    }

    static HouseholdLookup found(String address) {
        return new HouseholdLookup.Found(new HouseholdRecord(
                "张子涵", LocalDate.of(2021, 3, 15), "220602000001", address, "220602", LocalDate.of(2019, 6, 1)));
    }

    @Test
    void aMatchingHukouAddressVerifiesTheApplication() {
        var v = open("RESIDENT_ID");

        boolean completed = v.applyAnswers(
                found("白山市浑江区红旗街道东兴社区春城小区3号楼2单元101号"), ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);

        assertThat(completed).isTrue();
        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).isEqualTo(Categories.HUKOU_ONLY);
        assertThat(v.checks())
                .extracting(Check::source, Check::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Verification.HOUSEHOLD_REGISTRATION, CheckOutcome.MATCH),
                        org.assertj.core.groups.Tuple.tuple(Verification.CATCHMENT, CheckOutcome.MATCH),
                        org.assertj.core.groups.Tuple.tuple(Verification.REAL_ESTATE, CheckOutcome.NOT_FOUND));
    }

    @Test
    void aDifferentHukouAddressAsksForOneSupplementWithTheRegisteredAddress() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(
                // the real-estate registry is not asked about a family whose hukou is unconfirmed and who declared no
                // home
                found("吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号"), null, null, Map.of(), null, List.of(), T0, RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.NEEDS_SUPPLEMENT);
        assertThat(v.supplementItems()).extracting(SupplementItem::code).containsExactly("HUKOU_ADDRESS_MISMATCH");
        assertThat(v.supplementItems().get(0).reason()).contains("江城小区");
        assertThat(v.checks()).extracting(Check::outcome).containsExactly(CheckOutcome.MISMATCH);
    }

    @Test
    void anUnknownChildIsNotFoundWithAMaskedIdInTheEvidence() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(new HouseholdLookup.NotFound(), ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.NEEDS_SUPPLEMENT);
        assertThat(v.checks().get(0).evidence()).contains("2206**********0020").doesNotContain("220602202103150020");
    }

    @Test
    void anUnavailableDepartmentIsRetriedLaterWithGrowingDelaysAndNeverFails() {
        var v = open("RESIDENT_ID");
        var down = new HouseholdLookup.Unavailable("outage");

        assertThat(v.applyAnswers(down, ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY))
                .isFalse();
        assertThat(v.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
        v.applyAnswers(down, ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);
        assertThat(v.nextAttemptAt()).isEqualTo(T0.plusSeconds(20));
        for (int i = 0; i < 20; i++) {
            v.applyAnswers(down, ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);
        }

        assertThat(v.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(v.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(v.checks()).extracting(Check::outcome).containsExactly(CheckOutcome.UNAVAILABLE);
        assertThat(v.isDue(T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void theVerifiedAddressIsPlacedInItsZone() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(found(DECLARED), ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);

        assertThat(v.zoneCode()).isEqualTo("220602-P-01");
        assertThat(v.zoneSchoolCodes()).containsExactly("220602001");
        assertThat(v.flags()).isEmpty();
    }

    @Test
    void aMoveInOnOrAfterAWarningStartIsFlaggedForOverallArrangement() {
        var movedInOnStart = open("RESIDENT_ID");
        var movedInBefore = open("RESIDENT_ID");

        // the registry says: moved in 2019-06-01
        movedInOnStart.applyAnswers(
                found(DECLARED),
                ZONE,
                NO_PROPERTY,
                Map.of(),
                null,
                List.of(warningFrom(LocalDate.of(2019, 6, 1))),
                T0,
                RETRY);
        movedInBefore.applyAnswers(
                found(DECLARED),
                ZONE,
                NO_PROPERTY,
                Map.of(),
                null,
                List.of(warningFrom(LocalDate.of(2019, 6, 2))),
                T0,
                RETRY);

        assertThat(movedInOnStart.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(movedInOnStart.flags()).containsExactly(Verification.FLAG_WARNING_PERIOD_ARRIVAL);
        assertThat(movedInOnStart.checks()).extracting(Check::source).contains(Verification.SEAT_WARNING);
        assertThat(movedInBefore.flags()).isEmpty();
    }

    @Test
    void aWarningLiftedBeforeTheMoveInOrForAnotherSchoolDoesNotFlag() {
        var v = open("RESIDENT_ID");
        var lifted =
                new WarningNotice("220602001", "PRIMARY", 2027, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1));
        var elsewhere = new WarningNotice("220602002", "PRIMARY", 2027, LocalDate.of(2018, 1, 1), null);

        v.applyAnswers(found(DECLARED), ZONE, NO_PROPERTY, Map.of(), null, List.of(lifted, elsewhere), T0, RETRY);

        assertThat(v.flags()).isEmpty();
    }

    @Test
    void anAddressTheZoningDoesNotCoverIsFlaggedForStaffNotSentBackToTheFamily() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(
                found(DECLARED),
                new ZoneLookup.Unresolved("现行片区规则中没有该小区"),
                NO_PROPERTY,
                Map.of(),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).as("not claimed to be in a zone").isEqualTo(Categories.OUTSIDE_ZONES);
        assertThat(v.supplementItems()).isEmpty();
        assertThat(v.flags()).containsExactly(Verification.FLAG_ZONE_UNRESOLVED);
    }

    @Test
    void catchmentUnavailableKeepsTheVerificationWaiting() {
        var v = open("RESIDENT_ID");

        boolean done = v.applyAnswers(
                found(DECLARED), new ZoneLookup.Unavailable("down"), NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);

        assertThat(done).isFalse();
        assertThat(v.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(v.checks()).extracting(Check::source).containsExactly(Verification.CATCHMENT);
    }

    @Test
    void aGuardiansHomeInTheHukouZoneMakesTheFamilyHukouAndProperty() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(
                found(DECLARED),
                ZONE,
                owns("RESIDENTIAL", LocalDate.of(2019, 5, 20)),
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.category()).isEqualTo(Categories.HUKOU_AND_PROPERTY);
        assertThat(v.checks()).extracting(Check::source).contains(Verification.REAL_ESTATE);
    }

    @Test
    void aCommercialPropertyOrOneInAnotherZoneDoesNotCount() {
        var shop = open("RESIDENT_ID");
        var elsewhere = open("RESIDENT_ID");

        shop.applyAnswers(
                found(DECLARED),
                ZONE,
                owns("COMMERCIAL", LocalDate.of(2019, 5, 20)),
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0,
                RETRY);
        elsewhere.applyAnswers(
                found(DECLARED),
                ZONE,
                owns("RESIDENTIAL", LocalDate.of(2019, 5, 20)),
                Map.of("BDC-1", new ZoneLookup.Matched("220602-P-02", List.of("220602002"))),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(shop.category()).isEqualTo(Categories.HUKOU_ONLY);
        assertThat(shop.checks()).anySatisfy(c -> assertThat(c.evidence()).contains("用途不是住宅"));
        assertThat(elsewhere.category()).isEqualTo(Categories.HUKOU_ONLY);
    }

    @Test
    void aPropertyRegisteredDuringASeatWarningIsFlaggedLikeALateMoveIn() {
        var v = open("RESIDENT_ID");

        // moved in 2019-06-01, before the warning; bought the flat 2026-10-01, after it
        v.applyAnswers(
                found(DECLARED),
                ZONE,
                owns("RESIDENTIAL", LocalDate.of(2026, 10, 1)),
                Map.of("BDC-1", ZONE),
                null,
                List.of(warningFrom(LocalDate.of(2026, 9, 1))),
                T0,
                RETRY);

        assertThat(v.category()).isEqualTo(Categories.HUKOU_AND_PROPERTY);
        assertThat(v.flags()).containsExactly(Verification.FLAG_WARNING_PERIOD_ARRIVAL);
        assertThat(v.checks()).anySatisfy(c -> assertThat(c.evidence()).contains("不动产登记日期 2026-10-01"));
    }

    @Test
    void theRealEstateRegistryUnavailableKeepsTheVerificationWaiting() {
        var v = open("RESIDENT_ID");

        boolean done = v.applyAnswers(
                found(DECLARED), ZONE, new PropertyLookup.Unavailable("down"), Map.of(), null, List.of(), T0, RETRY);

        assertThat(done).isFalse();
        assertThat(v.checks()).extracting(Check::source).containsExactly(Verification.REAL_ESTATE);
    }

    static final ZoneLookup NO_ZONE = new ZoneLookup.Unresolved("现行片区规则中没有该地址");
    static final ZoneLookup PERMIT_ZONE = new ZoneLookup.Matched("220602-P-12", List.of("220602012"));

    static MigrantLookup migrant(LocalDate expiry, Integer months) {
        return new MigrantLookup.Found(
                new PermitRecord(
                        "220602202300001",
                        "220602198803120034",
                        "吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号",
                        LocalDate.of(2023, 2, 1),
                        expiry),
                PERMIT_ZONE,
                months == null ? null : new InsuranceRecord("220602198803120034", months, "2027-04"));
    }

    @Test
    void aMigrantFamilyWithAPermitInAZoneAndEnoughInsuranceGetsTheMigrantCategoryThere() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(
                found(DECLARED),
                NO_ZONE,
                NO_PROPERTY,
                Map.of(),
                migrant(LocalDate.of(2028, 2, 1), 30),
                List.of(),
                T0,
                RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).isEqualTo(Categories.MIGRANT_PERMIT_INSURANCE);
        assertThat(v.zoneCode()).isEqualTo("220602-P-12");
        assertThat(v.flags()).isEmpty();
        assertThat(v.checks())
                .extracting(Check::source)
                .contains(Verification.RESIDENCE_PERMIT, Verification.SOCIAL_INSURANCE);
    }

    @Test
    void shortInsuranceOrAnExpiredPermitLeaveTheChildToTheDistrictWithTheReason() {
        var shortInsurance = open("RESIDENT_ID");
        var expired = open("RESIDENT_ID");
        var none = open("RESIDENT_ID");

        shortInsurance.applyAnswers(
                found(DECLARED),
                NO_ZONE,
                NO_PROPERTY,
                Map.of(),
                migrant(LocalDate.of(2028, 2, 1), 5),
                List.of(),
                T0,
                RETRY);
        expired.applyAnswers(
                found(DECLARED),
                NO_ZONE,
                NO_PROPERTY,
                Map.of(),
                migrant(LocalDate.of(2026, 12, 31), 30),
                List.of(),
                T0,
                RETRY);
        none.applyAnswers(
                found(DECLARED),
                NO_ZONE,
                NO_PROPERTY,
                Map.of(),
                new MigrantLookup.Found(null, null, null),
                List.of(),
                T0,
                RETRY);

        assertThat(shortInsurance.category()).isEqualTo(Categories.OUTSIDE_ZONES);
        assertThat(shortInsurance.checks())
                .anySatisfy(c -> assertThat(c.evidence()).contains("不足 12 个月"));
        assertThat(expired.category()).isEqualTo(Categories.OUTSIDE_ZONES);
        assertThat(expired.checks()).anySatisfy(c -> assertThat(c.evidence()).contains("过期"));
        assertThat(none.category()).isEqualTo(Categories.OUTSIDE_ZONES);
        assertThat(none.flags()).containsExactly(Verification.FLAG_ZONE_UNRESOLVED);
    }

    @Test
    void theInsuranceThresholdIsTheDistrictsSetting() {
        var v = open("RESIDENT_ID").requiringInsuranceMonths(6);

        v.applyAnswers(
                found(DECLARED),
                NO_ZONE,
                NO_PROPERTY,
                Map.of(),
                migrant(LocalDate.of(2028, 2, 1), 6),
                List.of(),
                T0,
                RETRY);

        assertThat(v.category()).isEqualTo(Categories.MIGRANT_PERMIT_INSURANCE);
    }

    @Test
    void aPermitOrInsuranceDepartmentDownKeepsTheVerificationWaiting() {
        var v = open("RESIDENT_ID");

        boolean done = v.applyAnswers(
                found(DECLARED),
                NO_ZONE,
                NO_PROPERTY,
                Map.of(),
                new MigrantLookup.Unavailable(Verification.SOCIAL_INSURANCE, "down"),
                List.of(),
                T0,
                RETRY);

        assertThat(done).isFalse();
        assertThat(v.checks()).extracting(Check::source).containsExactly(Verification.SOCIAL_INSURANCE);
    }

    @Test
    void aVerificationWaitingTooLongForADepartmentJoinsTheReviewQueueAndKeepsRetrying() {
        var v = open("RESIDENT_ID");
        var down = new HouseholdLookup.Unavailable("outage");
        v.applyAnswers(down, null, null, Map.of(), null, List.of(), T0, RETRY);

        assertThat(v.escalateIfWaiting(java.time.Duration.ofHours(48), T0.plusSeconds(3600)))
                .isFalse();
        assertThat(v.escalateIfWaiting(java.time.Duration.ofHours(48), T0.plus(java.time.Duration.ofHours(48))))
                .isTrue();

        assertThat(v.awaitsReview()).isTrue();
        assertThat(v.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(v.applyAnswers(found(DECLARED), ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY))
                .as("the department came back first")
                .isTrue();
        assertThat(v.awaitsReview()).isFalse();
    }

    @Test
    void staffApproveAQueuedVerificationWithACategoryAndAReasonThatAreKept() {
        var v = open("PASSPORT");

        v.decideManually(true, Categories.HUKOU_ONLY, "核验护照及户口簿原件一致", "hunjiang-admin", T0);

        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).isEqualTo(Categories.HUKOU_ONLY);
        assertThat(v.decidedBy()).isEqualTo("hunjiang-admin");
        assertThat(v.checks())
                .anySatisfy(
                        c -> assertThat(c.evidence()).contains("hunjiang-admin").contains("原件一致"));
    }

    @Test
    void aRejectionBecomesTheFamilysSupplementListAndOnlyQueuedVerificationsCanBeDecided() {
        var queued = open("PASSPORT");
        var notQueued = open("RESIDENT_ID");

        queued.decideManually(false, null, "护照信息页复印件不清晰", "hunjiang-admin", T0);

        assertThat(queued.verdict()).isEqualTo(Verdict.NEEDS_SUPPLEMENT);
        assertThat(queued.supplementItems()).extracting(SupplementItem::code).containsExactly("MANUAL_REVIEW_REJECTED");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> notQueued.decideManually(true, Categories.HUKOU_ONLY, "x", "a", T0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChildWithoutAResidentIdGoesToManualReviewInsteadOfTheRegistry() {
        var v = open("PASSPORT");

        assertThat(v.status()).isEqualTo(VerificationStatus.MANUAL_REVIEW);
        assertThat(v.isDue(T0)).isFalse();
    }

    @Test
    void addressesCompareAcrossCommonSpellings() {
        assertThat(Addresses.same("吉林省白山市浑江区春城小区3栋2单元101号", "浑江区 春城小区３栋２单元１０１号"))
                .isTrue();
        assertThat(Addresses.same("浑江区春城小区3栋", "浑江区春城小区4栋")).isFalse();
        assertThat(Addresses.same("", "")).isFalse();
    }
}
