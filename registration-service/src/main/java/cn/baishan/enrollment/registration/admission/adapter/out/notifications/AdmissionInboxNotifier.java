package cn.baishan.enrollment.registration.admission.adapter.out.notifications;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.AdmissionTexts;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import cn.baishan.enrollment.registration.admission.usecase.port.FamilyNotifier;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase.FamilyNotice;
import org.springframework.stereotype.Component;

/**
 * Through the inbox's generic hook, in the transaction that records the result: one notification per
 * notice (its id), and per appeal one confirmation and one decision (the appeal's id), whatever is
 * delivered twice.
 */
@Component
class AdmissionInboxNotifier implements FamilyNotifier {

    static final String SOURCE = "admission-service";
    static final String SOURCE_FILED = "registration-service.admission";

    private final NotifyFamilyUseCase notify;

    AdmissionInboxNotifier(NotifyFamilyUseCase notify) {
        this.notify = notify;
    }

    @Override
    public void noticeIssued(AdmissionNotice notice) {
        var text = AdmissionTexts.notice(notice);
        notify.notice(new FamilyNotice(
                notice.applicationId(),
                text.kind(),
                SOURCE,
                notice.id(),
                text.title(),
                text.body(),
                notice.issuedAt()));
    }

    @Override
    public void appealFiled(Appeal appeal) {
        var text = AdmissionTexts.filed(appeal);
        notify.notice(new FamilyNotice(
                appeal.applicationId(),
                text.kind(),
                SOURCE_FILED,
                appeal.id(),
                text.title(),
                text.body(),
                appeal.filedAt()));
    }

    @Override
    public void appealDecided(Appeal appeal) {
        var text = AdmissionTexts.decision(appeal);
        notify.notice(new FamilyNotice(
                appeal.applicationId(),
                text.kind(),
                SOURCE,
                appeal.id(),
                text.title(),
                text.body(),
                appeal.decision().decidedAt()));
    }
}
