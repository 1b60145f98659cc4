package cn.baishan.enrollment.verification.verifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeNoticeTest {

    @Test
    void eachKindMayOnlyBeSentByTheDepartmentKeepingThatRegistry() {
        assertThat(ChangeNoticeKind.HUKOU_MOVED_OUT.maySendBy(PartnerDepartment.PUBLIC_SECURITY))
                .isTrue();
        assertThat(ChangeNoticeKind.RESIDENCE_PERMIT_REVOKED.maySendBy(PartnerDepartment.PUBLIC_SECURITY))
                .isTrue();
        assertThat(ChangeNoticeKind.PROPERTY_TRANSFERRED.maySendBy(PartnerDepartment.NATURAL_RESOURCES))
                .isTrue();
        assertThat(ChangeNoticeKind.INSURANCE_INTERRUPTED.maySendBy(PartnerDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY))
                .isTrue();
        assertThat(ChangeNoticeKind.HUKOU_MOVED_OUT.maySendBy(PartnerDepartment.NATURAL_RESOURCES))
                .isFalse();
        assertThatThrownBy(() -> new ChangeNotice(
                        "N-1",
                        PartnerDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY,
                        ChangeNoticeKind.PROPERTY_TRANSFERRED,
                        "220602198803120034",
                        LocalDate.of(2027, 5, 1),
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theParentsReasonSaysWhatChangedButNeverWhose() {
        var notice = new ChangeNotice(
                "N-1",
                PartnerDepartment.PUBLIC_SECURITY,
                ChangeNoticeKind.HUKOU_MOVED_OUT,
                "220602198803120034",
                LocalDate.of(2027, 5, 1),
                "迁往长春市");

        assertThat(notice.reasonForParent())
                .contains("公安部门", "户籍迁出", "2027-05-01")
                .doesNotContain("0034");
        assertThat(notice.toString()).doesNotContain("198803120034").contains("2206**********0034");
    }

    @Test
    void anIdNumberTypedIntoTheDetailIsKeptMaskedOnly() {
        var notice = new ChangeNotice(
                "N-2",
                PartnerDepartment.PUBLIC_SECURITY,
                ChangeNoticeKind.HUKOU_MOVED_IN,
                "220602202103150020",
                LocalDate.of(2027, 5, 1),
                "随父亲220602198803120034迁入");

        assertThat(notice.detail()).isEqualTo("随父亲2206**********0034迁入");
    }

    @Test
    void aPartnerDepartmentAnswersOnlyForItsOwnRegistries() {
        assertThat(PartnerDepartment.PUBLIC_SECURITY.answersFor("household-registration"))
                .isTrue();
        assertThat(PartnerDepartment.PUBLIC_SECURITY.answersFor("real-estate")).isFalse();
        assertThat(PartnerDepartment.ofClaim("NATURAL_RESOURCES")).contains(PartnerDepartment.NATURAL_RESOURCES);
        assertThat(PartnerDepartment.ofClaim("TAX")).isEmpty();
    }

    @Test
    void residentIdsAreCheckedForShapeBirthDateAndCheckCharacter() {
        assertThat(ResidentIds.brokenRule("220602198803120034")).isEmpty();
        assertThat(ResidentIds.brokenRule("22060219880312003X")).contains("check-digit");
        assertThat(ResidentIds.brokenRule("220602198802300034")).contains("birth-date");
        assertThat(ResidentIds.brokenRule("2206021988")).contains("format");
    }
}
