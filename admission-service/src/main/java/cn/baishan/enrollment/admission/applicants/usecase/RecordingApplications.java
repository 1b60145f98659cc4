package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.VerificationNews;
import cn.baishan.enrollment.admission.applicants.usecase.port.ApplicantRepository;
import cn.baishan.enrollment.admission.applicants.usecase.port.EarlyVerificationNews;
import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps admission's copy of each application. Registration and verification publish on two topics, so a
 * verdict can arrive before the submission it is about: it is kept and applied when the submission comes.
 * Among verification's own news the latest (by when it happened) wins.
 */
@Service
class RecordingApplications implements RecordApplicationUseCase {

    private static final Logger log = LoggerFactory.getLogger(RecordingApplications.class);

    private final ApplicantRepository applicants;
    private final EarlyVerificationNews early;
    private final IdNumberVault vault;

    RecordingApplications(ApplicantRepository applicants, EarlyVerificationNews early, IdNumberVault vault) {
        this.applicants = applicants;
        this.early = early;
        this.vault = vault;
    }

    @Override
    @Transactional
    public void submitted(SubmittedApplication a) {
        applicants.lock(a.applicationId());
        if (applicants.find(a.applicationId()).isPresent()) {
            log.info("application {} already known; submission ignored", a.applicationId());
            return;
        }
        ApplicantFile file = ApplicantFile.submitted(
                a.applicationId(),
                a.districtCode(),
                a.enrollmentYear(),
                a.stage(),
                a.childName(),
                a.childIdType(),
                a.childIdNumber(),
                vault.blindIndex(idNumber(a)),
                a.claims(),
                a.occurredAt());
        for (VerificationNews news : early.takeAll(a.applicationId())) {
            file = file.apply(news);
        }
        applicants.save(file);
    }

    @Override
    @Transactional
    public void supplemented(SubmittedApplication a) {
        applicants.lock(a.applicationId());
        applicants
                .find(a.applicationId())
                .ifPresentOrElse(
                        file -> applicants.save(file.supplemented(
                                a.childName(),
                                a.childIdType(),
                                a.childIdNumber(),
                                vault.blindIndex(idNumber(a)),
                                a.claims())),
                        () -> log.warn("supplement for unknown application {} ignored", a.applicationId()));
    }

    /** A record without the child's ID number is malformed: dead-lettered, not retried forever. */
    private static String idNumber(SubmittedApplication a) {
        if (a.childIdNumber() == null || a.childIdNumber().isBlank()) {
            throw new IllegalArgumentException("application " + a.applicationId() + " carries no child ID number");
        }
        return a.childIdNumber();
    }

    @Override
    @Transactional
    public void verification(UUID eventId, VerificationNews news) {
        applicants.lock(news.applicationId());
        applicants
                .find(news.applicationId())
                .ifPresentOrElse(file -> applicants.save(file.apply(news)), () -> early.keep(eventId, news));
    }
}
