package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.port.DepartmentAnswers;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationEvents;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopens a decided verification in one transaction with its {@code VerificationReopened} event. The
 * departments' stored asynchronous answers for the application are dropped with it: the new run must
 * read what the registries hold now. An application with no verification here (yet) is logged and
 * left alone rather than failed, so a redelivered trigger can never get stuck on it.
 */
@Service
class ReopeningVerification implements ReopenVerificationUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReopeningVerification.class);

    private final VerificationRepository verifications;
    private final DepartmentAnswers answers;
    private final VerificationEvents events;
    private final Clock clock;

    ReopeningVerification(
            VerificationRepository verifications, DepartmentAnswers answers, VerificationEvents events, Clock clock) {
        this.verifications = verifications;
        this.answers = answers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean reopen(UUID applicationId, String trigger, String department, String reason) {
        Optional<Verification> found = verifications.findByApplication(applicationId);
        if (found.isEmpty()) {
            log.warn("no verification for application {}: nothing to reopen ({})", applicationId, trigger);
            return false;
        }
        Verification verification = found.get();
        if (!verification.reopen(trigger, reason, clock.instant())) {
            return false;
        }
        verifications.update(verification);
        answers.discardFor(applicationId);
        events.reopened(verification, department);
        log.info(
                "verification {} for application {} reopened ({}{}), reopened {} time(s)",
                verification.id(),
                applicationId,
                trigger,
                department == null ? "" : " by " + department,
                verification.reopenCount());
        return true;
    }
}
