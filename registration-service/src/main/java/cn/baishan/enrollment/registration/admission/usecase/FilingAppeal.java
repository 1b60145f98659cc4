package cn.baishan.enrollment.registration.admission.usecase;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.AdmissionNotPublishedException;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.ApplicationNotFoundException;
import cn.baishan.enrollment.registration.admission.usecase.port.AdmissionNoticeRepository;
import cn.baishan.enrollment.registration.admission.usecase.port.AppealEvents;
import cn.baishan.enrollment.registration.admission.usecase.port.AppealRepository;
import cn.baishan.enrollment.registration.admission.usecase.port.ApplicationScope;
import cn.baishan.enrollment.registration.admission.usecase.port.FamilyNotifier;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the appeal, its event and the family's confirmation in one transaction: admission gets the
 * case exactly when it exists.
 */
@Service
@Transactional
class FilingAppeal implements FileAppealUseCase {

    private static final Logger log = LoggerFactory.getLogger(FilingAppeal.class);

    private final ApplicationScope scope;
    private final AdmissionNoticeRepository notices;
    private final AppealRepository appeals;
    private final AppealEvents events;
    private final FamilyNotifier family;
    private final Clock clock;

    FilingAppeal(
            ApplicationScope scope,
            AdmissionNoticeRepository notices,
            AppealRepository appeals,
            AppealEvents events,
            FamilyNotifier family,
            Clock clock) {
        this.scope = scope;
        this.notices = notices;
        this.appeals = appeals;
        this.events = events;
        this.family = family;
        this.clock = clock;
    }

    @Override
    public Appeal file(FileAppealCommand command) {
        if (!scope.isOwnedBy(command.applicationId(), command.userId())) {
            throw new ApplicationNotFoundException(command.applicationId());
        }
        AdmissionNotice notice = notices.current(command.applicationId())
                .orElseThrow(() -> new AdmissionNotPublishedException(command.applicationId()));
        appeals.ofNotice(notice.id()).ifPresent(existing -> {
            throw new AppealExistsException(existing);
        });
        Appeal appeal = Appeal.file(UUID.randomUUID(), notice, command.statement(), command.userId(), clock.instant());
        if (!appeals.insertIfFirstOfNotice(appeal)) {
            throw new AppealExistsException(appeals.ofNotice(notice.id()).orElseThrow());
        }
        events.filed(appeal);
        family.appealFiled(appeal);
        log.info(
                "appeal {} filed on application {} against notice {}",
                appeal.id(),
                appeal.applicationId(),
                notice.id());
        return appeal;
    }
}
