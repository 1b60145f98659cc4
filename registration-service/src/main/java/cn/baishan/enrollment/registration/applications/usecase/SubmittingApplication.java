package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.RegistrationWindow;
import cn.baishan.enrollment.registration.applications.domain.RegistrationWindowClosedException;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationEvents;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository.AlreadyExists;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository.AssistedContact;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts an application once, inside its district's registration window: stores it, remembers the
 * family, and records ApplicationSubmitted in one transaction.
 */
@Service
class SubmittingApplication implements SubmitApplicationUseCase {

    private static final Logger log = LoggerFactory.getLogger(SubmittingApplication.class);

    private final ApplicationRepository applications;
    private final ApplicationEvents events;
    private final RegistrationWindowsUseCase windows;
    private final FamilyMemory families;
    private final ClaimCodes claimCodes;
    private final TransactionTemplate tx;
    private final Clock clock;

    SubmittingApplication(
            ApplicationRepository applications,
            ApplicationEvents events,
            RegistrationWindowsUseCase windows,
            FamilyMemory families,
            ClaimCodes claimCodes,
            TransactionTemplate tx,
            Clock clock) {
        this.applications = applications;
        this.events = events;
        this.windows = windows;
        this.families = families;
        this.claimCodes = claimCodes;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Submission submit(SubmitApplicationCommand command) {
        boolean assisted = command.submitter().assisted();
        // an assisted application belongs to nobody until claimed; the pending owner is derived from
        // staff and key so that the same key replays the same application
        String ownerId = assisted ? pendingOwner(command) : command.ownerId();
        var earlier = replay(ownerId, command);
        if (earlier != null) {
            return earlier;
        }
        Instant now = clock.instant();
        var form = command.form();
        RegistrationWindow window = windows.windowFor(form.districtCode(), form.enrollmentYear(), form.stage());
        if (!window.isOpenAt(now)) {
            throw new RegistrationWindowClosedException(window);
        }
        Application application = Application.submit(UUID.randomUUID(), ownerId, command.submitter(), form, now);
        String claimCode = assisted ? claimCodes.next() : null;
        try {
            tx.executeWithoutResult(status -> {
                if (assisted) {
                    applications.insertAssisted(
                            application,
                            command.idempotencyKey(),
                            command.requestFingerprint(),
                            new AssistedContact(command.parentPhone(), claimCode));
                } else {
                    applications.insert(application, command.idempotencyKey(), command.requestFingerprint());
                    families.remember(application);
                }
                events.submitted(application);
            });
            log.info(
                    "application {} submitted: district {}, {} {}, assisted={}",
                    application.getId(),
                    application.getDistrictCode(),
                    application.getEnrollmentYear(),
                    application.getStage(),
                    assisted);
            return new Submission(application, false, claimCode);
        } catch (AlreadyExists e) {
            if (e.rule() == AlreadyExists.Rule.IDEMPOTENCY_KEY) {
                // a concurrent request with the same key committed first: answer with its result
                Submission winner = replay(ownerId, command);
                if (winner != null) {
                    return winner;
                }
            }
            throw new DuplicateApplicationException();
        }
    }

    private static String pendingOwner(SubmitApplicationCommand command) {
        return Application.PENDING_OWNER_PREFIX
                + UUID.nameUUIDFromBytes((command.submitter().userId() + "\n" + command.idempotencyKey())
                        .getBytes(StandardCharsets.UTF_8));
    }

    private Submission replay(String ownerId, SubmitApplicationCommand command) {
        return applications
                .findByIdempotencyKey(ownerId, command.idempotencyKey())
                .map(keyed -> {
                    if (!keyed.requestFingerprint().equals(command.requestFingerprint())) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return new Submission(keyed.application(), true, keyed.claimCode());
                })
                .orElse(null);
    }
}
