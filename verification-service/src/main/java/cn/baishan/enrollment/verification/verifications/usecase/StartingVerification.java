package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationEvents;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StartingVerification implements StartVerificationUseCase {

    private static final Logger log = LoggerFactory.getLogger(StartingVerification.class);

    private final VerificationRepository verifications;
    private final VerificationEvents events;
    private final Clock clock;

    StartingVerification(VerificationRepository verifications, VerificationEvents events, Clock clock) {
        this.verifications = verifications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void start(StartVerificationCommand command) {
        if (verifications.findByApplication(command.applicationId()).isPresent()) {
            return;
        }
        Verification verification = Verification.open(
                UUID.randomUUID(),
                command.applicationId(),
                command.subject(),
                command.correlationId(),
                clock.instant());
        verifications.insert(verification);
        events.started(verification);
        log.info(
                "verification {} opened for application {} ({})",
                verification.id(),
                verification.applicationId(),
                verification.status());
    }
}
