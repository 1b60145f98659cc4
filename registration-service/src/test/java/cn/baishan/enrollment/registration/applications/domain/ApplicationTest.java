package cn.baishan.enrollment.registration.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    static final Instant T0 = Instant.parse("2027-05-10T01:00:00Z");

    static Application submitted() {
        var form = ApplicationForm.of(
                "220602",
                2027,
                Stage.PRIMARY_GRADE_1,
                ApplicationFormTest.resident("张子涵", "220602202103150020"),
                List.of(ApplicationFormTest.father()),
                ApplicationFormTest.HUKOU);
        return Application.submit(UUID.randomUUID(), "parent-1", new Submitter("parent-1", "parent1", false), form, T0);
    }

    @Test
    void aSubmittedApplicationMovesThroughVerifyingToVerified() {
        var application = submitted();

        application.verificationStarted(T0.plusSeconds(1));
        application.verified(
                "HUKOU_ONLY",
                List.of(new VerificationCheck("HOUSEHOLD_REGISTRATION", "MATCH", "一致")),
                "220602-P-01",
                List.of(),
                T0.plusSeconds(2));

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.VERIFIED);
        assertThat(application.getCategory()).isEqualTo("HUKOU_ONLY");
        assertThat(application.getZoneCode()).isEqualTo("220602-P-01");
        assertThat(application.getTimeline())
                .extracting(TimelineEntry::status)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.VERIFYING, ApplicationStatus.VERIFIED);
    }

    @Test
    void aLateStartNoticeDoesNotUndoAVerdict() {
        var application = submitted();
        application.needsSupplement(
                List.of(new SupplementItem("HUKOU_NOT_FOUND", "child.idNumber", "未查到", "核对")), List.of(), T0);

        application.verificationStarted(T0.plusSeconds(5));

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NEEDS_SUPPLEMENT);
        assertThat(application.getSupplementItems()).hasSize(1);
    }

    @Test
    void onlyTheOwningFamilyOwnsIt() {
        var application = submitted();

        assertThat(application.isOwnedBy("parent-1")).isTrue();
        assertThat(application.isOwnedBy("parent-2")).isFalse();
    }
}
