package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RecordingVerification implements RecordVerificationUseCase {

    private static final Logger log = LoggerFactory.getLogger(RecordingVerification.class);

    private final ApplicationRepository applications;

    RecordingVerification(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public void started(UUID applicationId, Instant at) {
        applications
                .load(applicationId)
                .ifPresentOrElse(
                        application -> {
                            application.verificationStarted(at);
                            applications.update(application);
                        },
                        () -> log.warn("verification started for unknown application {}", applicationId));
    }

    @Override
    public void completed(VerificationOutcome outcome) {
        Application application = applications
                .load(outcome.applicationId())
                .orElseThrow(() ->
                        new IllegalArgumentException("verdict for unknown application " + outcome.applicationId()));
        boolean applied = outcome.verified()
                ? application.verified(
                        outcome.category(), outcome.checks(), outcome.zoneCode(), outcome.flags(), outcome.at())
                : application.needsSupplement(outcome.supplementItems(), outcome.checks(), outcome.at());
        if (!applied) {
            log.info(
                    "stale verdict for application {} from {} ignored (last change {})",
                    application.getId(),
                    outcome.at(),
                    application.getLastChangeAt());
            return;
        }
        applications.update(application);
        log.info("application {} is now {}", application.getId(), application.getStatus());
    }

    @Override
    public void reopened(UUID applicationId, String reason, Instant at) {
        Application application = applications
                .load(applicationId)
                .orElseThrow(() -> new IllegalArgumentException("reopen for unknown application " + applicationId));
        if (application.verificationReopened(reason, at)) {
            applications.update(application);
            log.info("application {} is verifying again", applicationId);
        } else {
            log.info("stale reopen for application {} from {} ignored", applicationId, at);
        }
    }
}
