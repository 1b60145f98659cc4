package cn.baishan.enrollment.registration.notifications.adapter.in.messaging;

import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.registration.ApplicationSupplemented;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.events.verification.VerificationStarted;
import cn.baishan.enrollment.registration.notifications.domain.ApplicationStep;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase.StepReached;

/** Which step each event is, for the family: only what the message needs is taken from the event. */
final class ApplicationSteps {

    static final String REGISTRATION = "registration-service";
    static final String VERIFICATION = "verification-service";

    private ApplicationSteps() {}

    static StepReached of(ApplicationSubmitted e) {
        String childName = e.child() == null ? null : e.child().name();
        return new StepReached(
                e.applicationId(),
                REGISTRATION,
                e.eventId(),
                e.occurredAt(),
                new ApplicationStep.Submitted(childName, e.stage(), e.districtCode(), e.enrollmentYear()));
    }

    static StepReached of(ApplicationSupplemented e) {
        return new StepReached(
                e.applicationId(),
                REGISTRATION,
                e.eventId(),
                e.occurredAt(),
                new ApplicationStep.Supplemented(e.round(), e.changedFields().size()));
    }

    static StepReached of(VerificationStarted e) {
        return new StepReached(
                e.applicationId(),
                VERIFICATION,
                e.eventId(),
                e.occurredAt(),
                new ApplicationStep.VerificationStarted());
    }

    static StepReached of(VerificationCompleted e) {
        ApplicationStep step;
        if (VerificationCompleted.VERIFIED.equals(e.verdict())) {
            step = new ApplicationStep.Verified(e.category(), e.zoneCode(), e.flags());
        } else if (VerificationCompleted.NEEDS_SUPPLEMENT.equals(e.verdict())) {
            step = new ApplicationStep.NeedsSupplement(e.supplementItems().size());
        } else {
            // a verdict this service cannot word is malformed for it: dead-lettered for a person to see
            throw new IllegalArgumentException("unknown verdict " + e.verdict());
        }
        return new StepReached(e.applicationId(), VERIFICATION, e.eventId(), e.occurredAt(), step);
    }

    static StepReached of(VerificationReopened e) {
        return new StepReached(
                e.applicationId(),
                VERIFICATION,
                e.eventId(),
                e.occurredAt(),
                new ApplicationStep.VerificationReopened(e.trigger(), e.department(), e.reason()));
    }
}
