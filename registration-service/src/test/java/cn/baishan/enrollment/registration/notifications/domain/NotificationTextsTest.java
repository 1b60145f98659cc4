package cn.baishan.enrollment.registration.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

    @Test
    void aSubmissionNamesTheChildStageDistrictAndYearInWords() {
        var text = NotificationTexts.of(new ApplicationStep.Submitted("张子涵", "PRIMARY_GRADE_1", "220602", 2027));

        assertThat(text.kind()).isEqualTo("SUBMITTED");
        assertThat(text.title()).isEqualTo("提交成功");
        assertThat(text.body()).startsWith("张子涵的小学一年级入学申请已提交成功（浑江区，2027年）");
    }

    @Test
    void aSubmissionWithoutAChildNameStillReadsWell() {
        var text = NotificationTexts.of(new ApplicationStep.Submitted(null, "JUNIOR_GRADE_7", "220681", 2027));

        assertThat(text.body()).startsWith("孩子的初中七年级入学申请已提交成功（临江市，2027年）");
    }

    @Test
    void verificationStartedSaysTheDepartmentsAreBeingAsked() {
        var text = NotificationTexts.of(new ApplicationStep.VerificationStarted());

        assertThat(text.kind()).isEqualTo("VERIFYING");
        assertThat(text.title()).isEqualTo("正在核验");
        assertThat(text.body()).contains("户籍、不动产");
    }

    @Test
    void aVerifiedApplicationGivesTheCategoryInWordsAndTheZone() {
        var text = NotificationTexts.of(new ApplicationStep.Verified("HUKOU_AND_PROPERTY", "220602-P-01", List.of()));

        assertThat(text.kind()).isEqualTo("VERIFIED");
        assertThat(text.title()).isEqualTo("核验通过");
        assertThat(text.body())
                .isEqualTo("核验通过。入学类别：户房一致（户籍与房产均在学区内）；所属学区：220602-P-01。")
                .doesNotContain("HUKOU_AND_PROPERTY");
    }

    @Test
    void aMoveInDuringASeatWarningIsToldItIsPlacedByTheDistrict() {
        var text = NotificationTexts.of(new ApplicationStep.Verified(
                "MIGRANT_PERMIT_INSURANCE", "220602-P-02", List.of("WARNING_PERIOD_ARRIVAL")));

        assertThat(text.body()).contains("随迁子女").contains("学位预警期间迁入").contains("统筹安排");
    }

    @Test
    void anAddressOutsideEveryZoneSaysTheDistrictPlacesTheChild() {
        var text = NotificationTexts.of(new ApplicationStep.Verified("OUTSIDE_ZONES", null, List.of()));

        assertThat(text.body()).contains("不在任何学区范围内").doesNotContain("所属学区待");
    }

    @Test
    void aVerifiedApplicationWithoutZoneSaysTheZoneIsStillToBeConfirmed() {
        var text = NotificationTexts.of(new ApplicationStep.Verified("HUKOU_ONLY", null, List.of("ZONE_UNRESOLVED")));

        assertThat(text.body()).contains("有户籍无房产").contains("所属学区待区县教育局确认");
    }

    @Test
    void anUnknownCategoryIsShownAsItsCodeRatherThanHidden() {
        var text = NotificationTexts.of(new ApplicationStep.Verified("NEW_CATEGORY", "Z", List.of()));

        assertThat(text.body()).contains("NEW_CATEGORY");
    }

    @Test
    void aSupplementRequestCountsTheItemsAndPointsToTheList() {
        var text = NotificationTexts.of(new ApplicationStep.NeedsSupplement(3));

        assertThat(text.kind()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(text.title()).isEqualTo("需要补充材料");
        assertThat(text.body()).contains("3 项").contains("补充清单").contains("一次性");
    }

    @Test
    void aSupplementGivesItsRoundAndHowManyFieldsChanged() {
        var text = NotificationTexts.of(new ApplicationStep.Supplemented(1, 2));

        assertThat(text.kind()).isEqualTo("SUPPLEMENTED");
        assertThat(text.body()).contains("第 1 次补充").contains("修改了 2 项").contains("重新核验");
    }

    @Test
    void aReopenedVerificationGivesVerificationsReason() {
        var text = NotificationTexts.of(
                new ApplicationStep.VerificationReopened("CHANGE_NOTICE", "REAL_ESTATE", "不动产登记部门通知房产已过户。"));

        assertThat(text.kind()).isEqualTo("VERIFICATION_REOPENED");
        assertThat(text.body()).isEqualTo("您的申请正在重新核验：不动产登记部门通知房产已过户。核验完成后会再通知您。");
    }

    @Test
    void aReopenedVerificationWithoutReasonNamesTheDepartmentThatSentTheNotice() {
        var text = NotificationTexts.of(new ApplicationStep.VerificationReopened("CHANGE_NOTICE", "REAL_ESTATE", " "));

        assertThat(text.body()).contains("自然资源部门（不动产登记）推送了信息变更");
    }

    @Test
    void aFiledDisputeSaysTheDistrictWillCheckIt() {
        var text = NotificationTexts.of(new ApplicationStep.DisputeFiled("SOCIAL_INSURANCE"));

        assertThat(text.kind()).isEqualTo("DISPUTE_FILED");
        assertThat(text.body()).startsWith("异议已提交，区县教育局将核实").contains("人力资源和社会保障部门（社保）");
    }
}
