package cn.baishan.enrollment.registration.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    static Claims claims(
            Claims.PreferentialClaim preferential,
            Claims.SiblingClaim sibling,
            String promotion,
            List<String> preferences) {
        return new Claims(null, null, false, false, preferential, null, sibling, promotion, preferences);
    }

    static ApplicationForm form(Stage stage, Claims claims) {
        return ApplicationForm.of(
                "220602",
                2027,
                stage,
                stage == Stage.PRIMARY_GRADE_1
                        ? ApplicationFormTest.resident("张子涵", "220602202103150020")
                        : ApplicationFormTest.resident("王梓轩", "22068120140709003X"),
                List.of(ApplicationFormTest.father()),
                ApplicationFormTest.HUKOU,
                claims,
                DistrictRules.DEFAULT);
    }

    @Test
    void everyDeclaredClaimIsKeptTrimmed() {
        var declared = new Claims(
                "  吉林省白山市浑江区新建街道1号 ",
                new Claims.PropertyClaim("吉林省白山市浑江区新建街道1号", "吉(2023)白山市不动产权第0001234号"),
                true,
                true,
                new Claims.PreferentialClaim(PreferentialGroup.FIREFIGHTER, "白山市浑江区教育局〔2024〕3号"),
                new Claims.DisabilityClaim("22060220210315002042", true),
                new Claims.SiblingClaim("张子轩", "220602001"),
                null,
                List.of("220602001", " 220602002"));

        var form = form(Stage.PRIMARY_GRADE_1, declared);

        assertThat(form.claims().residenceAddress()).isEqualTo("吉林省白山市浑江区新建街道1号");
        assertThat(form.claims().preferentialGroup().group()).isEqualTo(PreferentialGroup.FIREFIGHTER);
        assertThat(form.claims().schoolPreferences()).containsExactly("220602001", "220602002");
        assertThat(form.claims().disability().toString()).doesNotContain("22060220210315002042");
    }

    @Test
    void aPreferentialGroupNeedsTheDistrictsPublishedBasis() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> form(
                        Stage.PRIMARY_GRADE_1,
                        claims(new Claims.PreferentialClaim(PreferentialGroup.MARTYR_CHILD, " "), null, null, null)));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("claims.preferentialGroup.basisDocument", "required"));
        assertThat(e.violations().get(0).message()).contains("政策依据");
    }

    @Test
    void everyBrokenClaimRuleIsReportedAtOnce() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> form(
                        Stage.PRIMARY_GRADE_1,
                        claims(
                                new Claims.PreferentialClaim(null, null),
                                new Claims.SiblingClaim("", "22060200"),
                                "220602101",
                                List.of("220602001", "220602001", "x"))));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("claims.preferentialGroup.group", "required"),
                        tuple("claims.preferentialGroup.basisDocument", "required"),
                        tuple("claims.olderSibling.name", "required"),
                        tuple("claims.olderSibling.schoolCode", "school-code"),
                        tuple("claims.directPromotionPrimarySchoolCode", "grade-7-only"),
                        tuple("claims.schoolPreferences[1]", "distinct"),
                        tuple("claims.schoolPreferences[2]", "school-code"));
    }

    @Test
    void directPromotionIsAcceptedForGradeSeven() {
        var form = form(Stage.JUNIOR_GRADE_7, claims(null, null, "220681101", null));

        assertThat(form.claims().directPromotionPrimarySchoolCode()).isEqualTo("220681101");
    }

    @Test
    void moreSchoolPreferencesThanTheDistrictAllowsAreRefused() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> ApplicationForm.of(
                        "220602",
                        2027,
                        Stage.PRIMARY_GRADE_1,
                        ApplicationFormTest.resident("张子涵", "220602202103150020"),
                        List.of(ApplicationFormTest.father()),
                        ApplicationFormTest.HUKOU,
                        claims(null, null, null, List.of("220602001", "220602002", "220602003")),
                        new DistrictRules(DistrictRules.DEFAULT.ageCutOff(), 2)));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("claims.schoolPreferences", "max-size"));
    }

    @Test
    void aDisabilityCertificateNumberMustLookLikeOne() {
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> form(
                        Stage.PRIMARY_GRADE_1,
                        new Claims(
                                null,
                                null,
                                false,
                                false,
                                null,
                                new Claims.DisabilityClaim("ABC", false),
                                null,
                                null,
                                null)));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("claims.disability.certificateNumber");
    }

    @Test
    void aDeclaredPropertyNeedsItsAddressButNotItsCertificate() {
        var ok = form(
                Stage.PRIMARY_GRADE_1,
                new Claims(null, new Claims.PropertyClaim("浑江区1号", null), false, false, null, null, null, null, null));
        var e = catchThrowableOfType(
                InvalidApplicationException.class,
                () -> form(
                        Stage.PRIMARY_GRADE_1,
                        new Claims(
                                null,
                                new Claims.PropertyClaim(null, "X1"),
                                false,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null)));

        assertThat(ok.claims().property().certificateNumber()).isNull();
        assertThat(e.violations()).extracting(Violation::field).containsExactly("claims.property.address");
    }
}
