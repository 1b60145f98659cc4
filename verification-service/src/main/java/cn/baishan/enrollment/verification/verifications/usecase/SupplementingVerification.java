package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationEvents;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reopens a verification on the family's supplement, in one transaction with its {@code VerificationReopened}. */
@Service
class SupplementingVerification implements SupplementVerificationUseCase {

    private static final Logger log = LoggerFactory.getLogger(SupplementingVerification.class);

    private final VerificationRepository verifications;
    private final VerificationEvents events;
    private final Clock clock;

    SupplementingVerification(VerificationRepository verifications, VerificationEvents events, Clock clock) {
        this.verifications = verifications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean supplement(SupplementCommand command) {
        Optional<Verification> found = verifications.findByApplication(command.applicationId());
        if (found.isEmpty()) {
            log.warn(
                    "supplement round {} for unknown application {}: ignored",
                    command.round(),
                    command.applicationId());
            return false;
        }
        Verification verification = found.get();
        if (!verification.supplemented(command.declaration(), command.changedFields(), clock.instant())) {
            log.warn(
                    "verification {} does not wait for a supplement ({}): round {} ignored",
                    verification.id(),
                    verification.status(),
                    command.round());
            return false;
        }
        verifications.update(verification);
        events.reopened(verification, null);
        log.info(
                "verification {} reopened by supplement round {}: fields {}, departments asked again {}",
                verification.id(),
                command.round(),
                command.changedFields(),
                verification.departmentsToAskAgain());
        return true;
    }
}
