package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationEvents;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository.AlreadyExists;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepts an application once: stores it and records ApplicationSubmitted in one transaction. */
@Service
class SubmittingApplication implements SubmitApplicationUseCase {

    private static final Logger log = LoggerFactory.getLogger(SubmittingApplication.class);

    private final ApplicationRepository applications;
    private final ApplicationEvents events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SubmittingApplication(
            ApplicationRepository applications, ApplicationEvents events, TransactionTemplate tx, Clock clock) {
        this.applications = applications;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Submission submit(SubmitApplicationCommand command) {
        var earlier = replay(command);
        if (earlier != null) {
            return earlier;
        }
        Application application = Application.submit(
                UUID.randomUUID(), command.ownerId(), command.submitter(), command.form(), clock.instant());
        try {
            tx.executeWithoutResult(status -> {
                applications.insert(application, command.idempotencyKey(), command.requestFingerprint());
                events.submitted(application);
            });
            log.info(
                    "application {} submitted: district {}, {} {}, assisted={}",
                    application.getId(),
                    application.getDistrictCode(),
                    application.getEnrollmentYear(),
                    application.getStage(),
                    application.getSubmitter().assisted());
            return new Submission(application, false);
        } catch (AlreadyExists e) {
            if (e.rule() == AlreadyExists.Rule.IDEMPOTENCY_KEY) {
                // a concurrent request with the same key committed first: answer with its result
                Submission winner = replay(command);
                if (winner != null) {
                    return winner;
                }
            }
            throw new DuplicateApplicationException();
        }
    }

    private Submission replay(SubmitApplicationCommand command) {
        return applications
                .findByIdempotencyKey(command.ownerId(), command.idempotencyKey())
                .map(keyed -> {
                    if (!keyed.requestFingerprint().equals(command.requestFingerprint())) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return new Submission(keyed.application(), true);
                })
                .orElse(null);
    }
}
