package cn.baishan.enrollment.registration.admission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdmissionTextsTest {

    static final Instant AT = Instant.parse("2027-07-20T02:00:00Z");
    static final LocalDate DEADLINE = LocalDate.parse("2027-07-27");
    static final UUID APPLICATION = UUID.randomUUID();

    static AdmissionNotice notice(String outcome, String schoolCode, String schoolName, String route) {
        return AdmissionNotices.notice(APPLICATION, outcome, schoolCode, schoolName, route, AT, DEADLINE, null);
    }

    @Test
    void anInZoneSeatIsAnAdmissionNoticeNamingTheSchoolTheExplanationAndTheAppealDeadline() {
        var text = AdmissionTexts.notice(notice("ADMITTED", "220602001", "白山市第一实验小学", "IN_ZONE"));

        assertThat(text.kind()).isEqualTo("ADMISSION_NOTICE");
        assertThat(text.title()).isEqualTo("录取通知：白山市第一实验小学");
        assertThat(text.body())
                .contains("已被白山市第一实验小学录取（学区内派位）")
                .contains("P2027-3F9A2C1B7D4E")
                .contains("第1顺位（户房一致）")
                .contains("摇号序号12")
                .contains("按第一顺位、摇号序号12在学区内录取。")
                .contains("2027年7月27日（含）前提出申诉");
    }

    @Test
    void anOverflowSeatOrNoSeatIsAPlacementByTheDistrict() {
        assertThat(AdmissionTexts.notice(notice("ADMITTED", "220602009", "白山市第九小学", "OVERFLOW"))
                        .title())
                .isEqualTo("统筹安排通知：白山市第九小学");
        var unplaced = AdmissionTexts.notice(notice("UNPLACED", null, null, null));
        assertThat(unplaced.title()).isEqualTo("统筹安排通知");
        assertThat(unplaced.body()).contains("暂未安排学位");
    }

    @Test
    void everyDisabilityPlacementIsASpecialEducationNotice() {
        assertThat(AdmissionTexts.notice(notice("SPECIAL_SCHOOL", "220602900", "白山市特殊教育学校", "DISABILITY"))
                        .title())
                .isEqualTo("特殊教育安置通知");
        assertThat(AdmissionTexts.notice(notice("HOME_TEACHING", null, null, "DISABILITY"))
                        .body())
                .contains("送教上门");
        assertThat(AdmissionTexts.notice(notice("ADMITTED", "220602001", "白山市第一实验小学", "DISABILITY"))
                        .body())
                .contains("随班就读");
    }

    @Test
    void aNoticeReissuedAfterAnAppealSaysSo() {
        var text = AdmissionTexts.notice(notice("ADMITTED", "220602002", "白山市第二小学", "APPEAL"));

        assertThat(text.title()).isEqualTo("录取通知：白山市第二小学");
        assertThat(text.body()).contains("根据申诉复核结果").contains("申诉复核后调整");
    }

    @Test
    void theDecisionIsTheAppealResultWithItsReason() {
        Appeal appeal =
                Appeal.file(UUID.randomUUID(), notice("ADMITTED", "220602001", "白山市第一实验小学", "IN_ZONE"), "理由", "p", AT);

        var dismissed = AdmissionTexts.decision(
                appeal.decide(new AppealDecision(AppealStatus.DISMISSED, "户籍迁入晚于截止日", null, AT)));
        var moved = AdmissionTexts.decision(
                appeal.decide(new AppealDecision(AppealStatus.UPHELD, "学位核减有误。", "220602002", AT)));

        assertThat(dismissed.kind()).isEqualTo("APPEAL_DECIDED");
        assertThat(dismissed.title()).isEqualTo("申诉结果");
        assertThat(dismissed.body()).contains("申诉不成立").contains("户籍迁入晚于截止日");
        assertThat(moved.body()).contains("申诉成立").contains("另行发送").doesNotContain("。。");
    }

    @Test
    void outcomesAndRoutesHaveChineseLabels() {
        assertThat(AdmissionTexts.outcomeLabel("ADMITTED")).isEqualTo("已录取");
        assertThat(AdmissionTexts.routeLabel("SIBLING")).isEqualTo("兄弟姐妹同校");
        assertThat(AdmissionTexts.routeLabel(null)).isNull();
    }

    @Test
    void aVeryLongSchoolNameIsCutToFitTheInboxTitle() {
        var text = AdmissionTexts.notice(notice("ADMITTED", "220602001", "校".repeat(100), "IN_ZONE"));

        assertThat(text.title())
                .hasSize(AdmissionTexts.MAX_TITLE)
                .startsWith("录取通知：")
                .endsWith("…");
    }
}
