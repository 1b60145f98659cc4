package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.verification.verifications.domain.ChangeNotice;
import cn.baishan.enrollment.verification.verifications.usecase.port.ChangeNoticeLog;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationsByPerson;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the notice and reopens the affected verifications in one transaction, so a notice is either
 * recorded with all its reopenings and their events, or not at all (and the department's retry redoes
 * it). The notice row goes first: a concurrent duplicate waits on its unique key and then sees it.
 */
@Service
class ReceivingChangeNotice implements ReceiveChangeNoticeUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReceivingChangeNotice.class);

    private final ChangeNoticeLog notices;
    private final VerificationsByPerson byPerson;
    private final ReopenVerificationUseCase reopen;
    private final Clock clock;

    ReceivingChangeNotice(
            ChangeNoticeLog notices, VerificationsByPerson byPerson, ReopenVerificationUseCase reopen, Clock clock) {
        this.notices = notices;
        this.byPerson = byPerson;
        this.reopen = reopen;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt receive(ReceiveChangeNoticeCommand command) {
        ChangeNotice notice = command.notice();
        if (!notices.record(notice, command.sentBy(), clock.instant())) {
            log.info("{} received again from {}: already handled", notice, command.sentBy());
            return new Receipt(notice.noticeId(), false, 0);
        }
        int reopened = 0;
        for (UUID applicationId : byPerson.applicationsConcerning(notice.idNumber())) {
            if (reopen.reopen(
                    applicationId,
                    VerificationReopened.TRIGGER_CHANGE_NOTICE,
                    notice.department().name(),
                    notice.reasonForParent())) {
                reopened++;
            }
        }
        notices.affected(notice, reopened);
        log.info("{} from {}: {} verification(s) reopened", notice, command.sentBy(), reopened);
        return new Receipt(notice.noticeId(), true, reopened);
    }
}
