package cn.baishan.enrollment.verification.verifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the family declares beyond the hukou address, and how a district's tier order ranks verified facts. */
class ClaimsAndTiersTest {

    static final Instant T0 = Instant.parse("2027-05-10T01:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10));
    static final String HOME = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final String ELSEWHERE = "辽宁省沈阳市和平区南京南街道三好社区8栋2单元402号";
    static final String FATHER = "220602198803120034";
    static final ZoneLookup ZONE = new ZoneLookup.Matched("220602-P-01", List.of("220602001"));
    static final ZoneLookup NO_ZONE = new ZoneLookup.Unresolved("现行片区规则中没有该地址");

    static Claims declaring(String propertyAddress, boolean permit, boolean insurance, String group) {
        return new Claims(
                null,
                propertyAddress,
                null,
                permit,
                insurance,
                group,
                group == null ? null : "白山市退役军人事务局〔2027〕5号",
                false,
                null,
                null,
                List.of());
    }

    static Verification open(String hukou, Claims claims) {
        var subject = new Subject(
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new Person("RESIDENT_ID", "220602202103150020", "张子涵", "CHILD"),
                List.of(new Person("RESIDENT_ID", FATHER, "张伟", "FATHER")),
                hukou,
                claims);
        return Verification.open(UUID.randomUUID(), UUID.randomUUID(), subject, "req-1", T0);
    }

    static HouseholdLookup registered(String address) {
        return new HouseholdLookup.Found(new HouseholdRecord(
                "张子涵", LocalDate.of(2021, 3, 15), "220602000001", address, "220602", LocalDate.of(2019, 6, 1)));
    }

    static PropertyLookup fatherOwns(String address, String usage) {
        return new PropertyLookup.Found(List.of(new PropertyRecord(
                "BDC-1",
                "吉(2019)白山市不动产权第0001234号",
                address,
                "220602",
                usage,
                LocalDate.of(2019, 5, 20),
                List.of(FATHER))));
    }

    @Test
    void aHomeInAZoneWithTheHukouElsewhereIsPropertyOnlyInTheHomesZone() {
        var v = open(ELSEWHERE, declaring(HOME, false, false, null));

        boolean done = v.applyAnswers(
                registered(ELSEWHERE),
                NO_ZONE,
                fatherOwns(HOME, "RESIDENTIAL"),
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(done).isTrue();
        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).isEqualTo(Categories.PROPERTY_ONLY);
        assertThat(v.zoneCode()).isEqualTo("220602-P-01");
        assertThat(v.flags()).doesNotContain(Verification.FLAG_ZONE_UNRESOLVED);
        assertThat(v.facts()).containsExactly(Fact.PROPERTY_IN_ZONE);
    }

    @Test
    void everyProblemComesBackInOneListWhenTheHukouAndTheDeclaredHomeBothFail() {
        var v = open(HOME, declaring("吉林省白山市浑江区红旗街道东兴社区春城小区9栋1单元101号", false, false, null));

        v.applyAnswers(
                registered("吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号"),
                null,
                fatherOwns(HOME, "RESIDENTIAL"),
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.NEEDS_SUPPLEMENT);
        assertThat(v.category()).isNull();
        assertThat(v.supplementItems())
                .extracting(SupplementItem::code, SupplementItem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HUKOU_ADDRESS_MISMATCH", "hukouAddress"),
                        org.assertj.core.groups.Tuple.tuple("PROPERTY_NOT_CONFIRMED", "claims.property"));
    }

    @Test
    void aDeclaredHomeThatIsNotResidentialIsNotConfirmed() {
        var v = open(HOME, declaring(HOME, false, false, null));

        v.applyAnswers(
                registered(HOME),
                ZONE,
                fatherOwns(HOME, "COMMERCIAL"),
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.NEEDS_SUPPLEMENT);
        assertThat(v.supplementItems()).extracting(SupplementItem::code).containsExactly("PROPERTY_NOT_CONFIRMED");
    }

    @Test
    void aConfirmedDeclaredHomeInTheHukouZoneIsHukouAndProperty() {
        var v = open(HOME, declaring(HOME, false, false, null));

        v.applyAnswers(
                registered(HOME),
                ZONE,
                fatherOwns(HOME, "RESIDENTIAL"),
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.category()).isEqualTo(Categories.HUKOU_AND_PROPERTY);
        assertThat(v.facts()).containsExactlyInAnyOrder(Fact.HUKOU_IN_ZONE, Fact.PROPERTY_IN_ZONE);
    }

    @Test
    void aDeclaredPermitTheDepartmentDoesNotHoldGoesOnTheSupplementList() {
        var v = open(ELSEWHERE, declaring(null, true, true, null));

        v.applyAnswers(
                registered(ELSEWHERE),
                NO_ZONE,
                null,
                Map.of(),
                new MigrantLookup.Found(null, null, null),
                List.of(),
                T0,
                RETRY);

        assertThat(v.verdict()).isEqualTo(Verdict.NEEDS_SUPPLEMENT);
        assertThat(v.supplementItems()).extracting(SupplementItem::code).containsExactly("RESIDENCE_PERMIT_NOT_FOUND");
    }

    @Test
    void declaredInsuranceShorterThanTheThresholdIsToldOnceWithTheMonthsAndTheWayOut() {
        var v = open(ELSEWHERE, declaring(null, true, true, null));
        var permit = new PermitRecord("JZZ-1", FATHER, HOME, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1));

        v.applyAnswers(
                registered(ELSEWHERE),
                NO_ZONE,
                null,
                Map.of(),
                new MigrantLookup.Found(permit, ZONE, new InsuranceRecord(FATHER, 7, "2027-04")),
                List.of(),
                T0,
                RETRY);

        assertThat(v.supplementItems()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo("SOCIAL_INSURANCE_SHORT");
            assertThat(item.reason()).contains("7 个月").contains("12 个月");
        });
    }

    @Test
    void aDeclaredPreferentialGroupWaitsForStaffAndTheirConfirmationPutsTheFamilyInTheFirstTier() {
        var v = open(HOME, declaring(null, false, false, "ACTIVE_MILITARY"));

        boolean done = v.applyAnswers(
                registered(HOME), ZONE, new PropertyLookup.Found(List.of()), Map.of(), null, List.of(), T0, RETRY);

        assertThat(done).isFalse();
        assertThat(v.status()).isEqualTo(VerificationStatus.MANUAL_REVIEW);
        assertThat(v.reviewReason()).isEqualTo(ReviewReason.PREFERENTIAL_GROUP);
        assertThat(v.awaitsReview()).isTrue();

        v.decideManually(true, null, "现役军人证明材料齐全", "hunjiang-admin", T0.plusSeconds(60));

        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).isEqualTo(Categories.PREFERENTIAL_GROUP);
        assertThat(v.facts()).containsExactlyInAnyOrder(Fact.PREFERENTIAL_GROUP, Fact.HUKOU_IN_ZONE);
        assertThat(v.reviewReason()).isNull();
    }

    @Test
    void anUnconfirmedPreferentialGroupLeavesTheCategoryOfTheOtherFactsNotASupplement() {
        var v = open(HOME, declaring(null, false, false, "FIREFIGHTER"));
        v.applyAnswers(
                registered(HOME), ZONE, new PropertyLookup.Found(List.of()), Map.of(), null, List.of(), T0, RETRY);

        v.decideManually(false, null, "证明材料不属于公布的政策范围", "hunjiang-admin", T0.plusSeconds(60));

        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.category()).isEqualTo(Categories.HUKOU_ONLY);
        assertThat(v.supplementItems()).isEmpty();
        assertThat(v.checks()).last().satisfies(c -> {
            assertThat(c.source()).isEqualTo(Verification.PREFERENTIAL_GROUP);
            assertThat(c.outcome()).isEqualTo(CheckOutcome.MISMATCH);
        });
    }

    @Test
    void aDistrictsOwnOrderDecidesTheCategory() {
        // a district that ranks hukou above a home and has no separate 户房一致 tier
        var district = new TierRules(
                "220602",
                "浑江区2027年义务教育招生工作方案",
                List.of(
                        new TierRule(Categories.HUKOU_ONLY, "片区户籍", Set.of(Fact.HUKOU_IN_ZONE)),
                        new TierRule(Categories.PROPERTY_ONLY, "片区住房", Set.of(Fact.PROPERTY_IN_ZONE))));
        var v = open(HOME, Claims.NONE).rankedBy(district);

        v.applyAnswers(
                registered(HOME),
                ZONE,
                fatherOwns(HOME, "RESIDENTIAL"),
                Map.of("BDC-1", ZONE),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.category()).isEqualTo(Categories.HUKOU_ONLY);
        assertThat(district.rankOf(Categories.HUKOU_ONLY)).isEqualTo(1);
        assertThat(district.rankOf(Categories.OUTSIDE_ZONES)).isEqualTo(3);
    }

    @Test
    void theDefaultOrderIsTheSpecsAndFactsOutsideEveryTierAreOutsideZones() {
        var defaults = TierRules.defaults("220681");

        assertThat(defaults.tiers())
                .extracting(TierRule::category)
                .containsExactly(
                        Categories.PREFERENTIAL_GROUP,
                        Categories.HUKOU_AND_PROPERTY,
                        Categories.PROPERTY_ONLY,
                        Categories.HUKOU_ONLY,
                        Categories.MIGRANT_PERMIT_INSURANCE);
        assertThat(defaults.categoryFor(Set.of())).isEqualTo(Categories.OUTSIDE_ZONES);
        assertThat(defaults.categoryFor(Set.of(Fact.HUKOU_IN_ZONE, Fact.PROPERTY_IN_ZONE)))
                .isEqualTo(Categories.HUKOU_AND_PROPERTY);
    }

    @Test
    void everyDefaultPreferentialGroupIsPublishedWithItsLegalBasisAndScope() {
        var defaults = TierRules.defaults("220681");

        assertThat(defaults.preferentialGroups())
                .extracting(PreferentialGroupPolicy::group)
                .containsExactly(
                        "MARTYR_CHILD",
                        "ACTIVE_MILITARY",
                        "POLICE_HERO",
                        "FIREFIGHTER",
                        "HIGH_LEVEL_TALENT",
                        "OTHER_ENTITLED");
        assertThat(defaults.policyOf("MARTYR_CHILD")).hasValueSatisfying(p -> {
            assertThat(p.basisDocument()).contains("烈士褒扬条例");
            assertThat(p.scope()).isNotBlank();
        });
        assertThat(defaults.policyOf("SCORE_BASED")).isEmpty();
    }

    @Test
    void aDistrictPublishesOnlyTheGroupsItGrantsEachWithABasisAndNoGroupTwice() {
        var tiers = List.of(new TierRule(Categories.PREFERENTIAL_GROUP, "照顾对象", Set.of(Fact.PREFERENTIAL_GROUP)));
        var martyr = new PreferentialGroupPolicy("MARTYR_CHILD", "烈士子女", "《烈士褒扬条例》", "烈士子女");
        var district = new TierRules("220602", "doc", tiers, List.of(martyr));

        assertThat(district.policyOf("MARTYR_CHILD")).contains(martyr);
        assertThat(district.policyOf("HIGH_LEVEL_TALENT"))
                .as("not granted by this district")
                .isEmpty();
        assertThatThrownBy(() -> new TierRules("220602", "doc", tiers, List.of(martyr, martyr)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreferentialGroupPolicy("HIGH_LEVEL_TALENT", "人才子女", " ", "人才"))
                .as("a group without a legal basis")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTierOrderWithATwiceListedCategoryOrAnEmptyTierIsRefused() {
        assertThatThrownBy(() -> new TierRules(
                        "220602",
                        "doc",
                        List.of(
                                new TierRule(Categories.HUKOU_ONLY, "a", Set.of(Fact.HUKOU_IN_ZONE)),
                                new TierRule(Categories.HUKOU_ONLY, "b", Set.of(Fact.PROPERTY_IN_ZONE)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TierRule(Categories.HUKOU_ONLY, "a", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResidencePermitIssuedDuringASeatWarningFlagsTheMigrantChildForOverallArrangement() {
        var v = open(ELSEWHERE, declaring(null, true, true, null));
        var permit = new PermitRecord("JZZ-1", FATHER, HOME, LocalDate.of(2026, 9, 1), LocalDate.of(2029, 1, 1));
        var warning = new WarningNotice("220602001", "PRIMARY", 2027, LocalDate.of(2026, 6, 1), null);

        v.applyAnswers(
                registered(ELSEWHERE),
                NO_ZONE,
                null,
                Map.of(),
                new MigrantLookup.Found(permit, ZONE, new InsuranceRecord(FATHER, 24, "2027-04")),
                List.of(warning),
                T0,
                RETRY);

        assertThat(v.category()).isEqualTo(Categories.MIGRANT_PERMIT_INSURANCE);
        assertThat(v.flags()).containsExactly(Verification.FLAG_WARNING_PERIOD_ARRIVAL);
        assertThat(v.checks()).anySatisfy(c -> assertThat(c.evidence()).contains("居住证签发日期 2026-09-01"));
    }
}
