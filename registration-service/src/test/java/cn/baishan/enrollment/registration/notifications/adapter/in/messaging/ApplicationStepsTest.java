package cn.baishan.enrollment.registration.notifications.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.registration.ApplicationSupplemented;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.events.verification.VerificationStarted;
import cn.baishan.enrollment.registration.notifications.domain.NotificationText;
import cn.baishan.enrollment.registration.notifications.domain.NotificationTexts;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase.StepReached;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** From the event on the wire to the words in the inbox. */
class ApplicationStepsTest {

    static final UUID APPLICATION = UUID.randomUUID();
    static final Instant AT = Instant.parse("2027-07-02T09:30:00Z");
    static final ApplicationSubmitted.Person CHILD =
            new ApplicationSubmitted.Person("RESIDENT_ID", "220602202103150020", "张子涵", "CHILD");

    static NotificationText text(StepReached step) {
        return NotificationTexts.of(step.step());
    }

    static VerificationCompleted completed(String verdict, List<VerificationCompleted.SupplementItem> items) {
        return new VerificationCompleted(
                UUID.randomUUID(),
                AT,
                1,
                APPLICATION,
                UUID.randomUUID(),
                verdict,
                VerificationCompleted.VERIFIED.equals(verdict) ? "HUKOU_ONLY" : null,
                List.of(),
                items,
                VerificationCompleted.VERIFIED.equals(verdict) ? "220602-P-03" : null,
                List.of(),
                List.of());
    }

    @Test
    void aSubmittedApplicationIsSubmittedWithTheChildsNameButNeverItsIdNumber() {
        var event = new ApplicationSubmitted(
                UUID.randomUUID(),
                AT,
                2,
                APPLICATION,
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                CHILD,
                List.of(),
                "某地址",
                null);

        StepReached step = ApplicationSteps.of(event);

        assertThat(step.applicationId()).isEqualTo(APPLICATION);
        assertThat(step.sourceId()).isEqualTo(event.eventId());
        assertThat(step.at()).isEqualTo(AT);
        assertThat(step.source()).isEqualTo("registration-service");
        assertThat(text(step).title()).isEqualTo("提交成功");
        assertThat(text(step).body()).contains("张子涵").doesNotContain("220602202103150020");
    }

    @Test
    void verificationStartedIsVerifying() {
        var step =
                ApplicationSteps.of(new VerificationStarted(UUID.randomUUID(), AT, 1, APPLICATION, UUID.randomUUID()));

        assertThat(text(step).kind()).isEqualTo("VERIFYING");
        assertThat(step.source()).isEqualTo("verification-service");
    }

    @Test
    void aVerifiedVerdictIsVerifiedWithCategoryAndZone() {
        var step = ApplicationSteps.of(completed(VerificationCompleted.VERIFIED, List.of()));

        assertThat(text(step).kind()).isEqualTo("VERIFIED");
        assertThat(text(step).body()).contains("有户籍无房产").contains("220602-P-03");
    }

    @Test
    void aSupplementVerdictCountsTheItemsOfTheOneList() {
        var items = List.of(
                new VerificationCompleted.SupplementItem("PROPERTY_NOT_FOUND", "claims.property", "未查到房产", "上传不动产权证书"),
                new VerificationCompleted.SupplementItem("HUKOU_MISMATCH", "hukouAddress", "户籍地址不一致", "核对户口簿"));

        var step = ApplicationSteps.of(completed(VerificationCompleted.NEEDS_SUPPLEMENT, items));

        assertThat(text(step).kind()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(text(step).body()).contains("2 项");
    }

    @Test
    void aVerdictThisServiceCannotWordIsRefusedAsMalformed() {
        assertThatThrownBy(() -> ApplicationSteps.of(completed("MAYBE", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSupplementedApplicationGivesRoundAndChangedFields() {
        var event = new ApplicationSupplemented(
                UUID.randomUUID(),
                AT,
                1,
                APPLICATION,
                2,
                List.of("hukouAddress", "claims.property"),
                CHILD,
                List.of(),
                "某地址",
                null);

        var step = ApplicationSteps.of(event);

        assertThat(text(step).kind()).isEqualTo("SUPPLEMENTED");
        assertThat(text(step).body()).contains("第 2 次补充").contains("修改了 2 项");
    }

    @Test
    void aReopenedVerificationCarriesItsReason() {
        var step = ApplicationSteps.of(new VerificationReopened(
                UUID.randomUUID(),
                AT,
                1,
                APPLICATION,
                UUID.randomUUID(),
                VerificationReopened.TRIGGER_SUPPLEMENT,
                null,
                "您补充了房产信息"));

        assertThat(text(step).kind()).isEqualTo("VERIFICATION_REOPENED");
        assertThat(text(step).body()).contains("您补充了房产信息");
    }
}
