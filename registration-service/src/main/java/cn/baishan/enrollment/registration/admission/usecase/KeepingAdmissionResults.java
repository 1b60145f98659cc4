package cn.baishan.enrollment.registration.admission.usecase;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import cn.baishan.enrollment.registration.admission.domain.AppealDecision;
import cn.baishan.enrollment.registration.admission.usecase.port.AdmissionNoticeRepository;
import cn.baishan.enrollment.registration.admission.usecase.port.AppealRepository;
import cn.baishan.enrollment.registration.admission.usecase.port.ApplicationScope;
import cn.baishan.enrollment.registration.admission.usecase.port.FamilyNotifier;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices are kept whether or not the application's row is visible yet (no retry loop holding the
 * partition); who may read them is decided when they are read, by the application's scope then.
 */
@Service
@Transactional(readOnly = true)
class KeepingAdmissionResults implements RecordAdmissionResultsUseCase, ViewAdmissionQuery {

    private static final Logger log = LoggerFactory.getLogger(KeepingAdmissionResults.class);

    private final AdmissionNoticeRepository notices;
    private final AppealRepository appeals;
    private final ApplicationScope scope;
    private final FamilyNotifier family;
    private final Clock clock;

    KeepingAdmissionResults(
            AdmissionNoticeRepository notices,
            AppealRepository appeals,
            ApplicationScope scope,
            FamilyNotifier family,
            Clock clock) {
        this.notices = notices;
        this.appeals = appeals;
        this.scope = scope;
        this.family = family;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void noticeIssued(AdmissionNotice notice) {
        Optional<AdmissionNotice> before = notices.current(notice.applicationId());
        if (!notices.insertIfAbsent(notice)) {
            return;
        }
        if (notice.supersedes(before.orElse(null))) {
            family.noticeIssued(notice);
            log.info(
                    "admission notice {} for application {}: {} {} ({})",
                    notice.id(),
                    notice.applicationId(),
                    notice.outcome(),
                    notice.schoolCode(),
                    notice.route());
        } else {
            // an older notice arriving late is history, not news: the family already has the later one
            log.info("admission notice {} for application {} kept as history", notice.id(), notice.applicationId());
        }
    }

    @Override
    @Transactional
    public void appealDecided(UUID applicationId, UUID appealId, AppealDecision decision) {
        Optional<Appeal> found =
                appeals.load(appealId).filter(a -> a.applicationId().equals(applicationId));
        if (found.isEmpty()) {
            // appeals are only filed here, so this is another environment's or a forged event: nothing to decide
            log.warn("decision for unknown appeal {} of application {} ignored", appealId, applicationId);
            return;
        }
        Appeal appeal = found.get();
        if (appeal.isDecided()) {
            log.info("appeal {} already decided; repeated decision ignored", appealId);
            return;
        }
        Appeal decided = appeal.decide(decision);
        appeals.update(decided);
        family.appealDecided(decided);
        log.info("appeal {} of application {} decided: {}", appealId, applicationId, decided.status());
    }

    @Override
    public CurrentAdmission current(UUID applicationId, Reader reader) {
        if (!scope.mayView(applicationId, reader)) {
            throw new ApplicationNotFoundException(applicationId);
        }
        AdmissionNotice notice =
                notices.current(applicationId).orElseThrow(() -> new AdmissionNotPublishedException(applicationId));
        Appeal appeal = appeals.ofNotice(notice.id())
                .or(() -> Optional.ofNullable(notice.appealId()).flatMap(appeals::load))
                .orElse(null);
        boolean open = notice.appealOpenAt(clock.instant())
                && appeals.ofNotice(notice.id()).isEmpty();
        return new CurrentAdmission(notice, appeal, open);
    }
}
