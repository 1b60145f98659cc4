package cn.baishan.enrollment.registration.transparency.adapter.out.notifications;

import cn.baishan.enrollment.registration.notifications.domain.ApplicationStep;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase.StepReached;
import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import cn.baishan.enrollment.registration.transparency.usecase.port.FamilyNotifier;
import org.springframework.stereotype.Component;

/** Puts the confirmation in the family's inbox, in the transaction that files the dispute. */
@Component
class InboxFamilyNotifier implements FamilyNotifier {

    static final String SOURCE = "registration-service.transparency";

    private final NotifyFamilyUseCase notify;

    InboxFamilyNotifier(NotifyFamilyUseCase notify) {
        this.notify = notify;
    }

    @Override
    public void disputeFiled(Dispute dispute) {
        notify.stepReached(new StepReached(
                dispute.applicationId(),
                SOURCE,
                dispute.id(),
                dispute.filedAt(),
                new ApplicationStep.DisputeFiled(dispute.department())));
    }
}
